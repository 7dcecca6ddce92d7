package io.parlor.domain.reservation;

import static io.parlor.domain.reservation.ReservationStatus.CONFIRMED;
import static io.parlor.domain.reservation.ReservationStatus.HELD;

/** Who may move a {@link Reservation} from which status, and when. */
final class Transitions {

    private Transitions() {
    }

    /**
     * Cancel and reschedule: from {@code HELD} or {@code CONFIRMED}; a customer only holds or,
     * for a confirmed reservation, before the cut-off.
     *
     * @throws InvalidTransition otherwise
     */
    static void requireMovable(ReservationStatus status, Party by, boolean pastCutoff, String verb) {
        if (status != HELD && status != CONFIRMED) {
            throw new InvalidTransition("only a held or confirmed reservation can be " + verb);
        }
        if (by == Party.CUSTOMER && status == CONFIRMED && pastCutoff) {
            throw new InvalidTransition("too close to the start for a customer; the shop's staff can have it "
                    + verb);
        }
    }

    /**
     * Complete and no-show: the staff, on a {@code CONFIRMED} reservation whose start has come.
     *
     * @throws InvalidTransition otherwise
     */
    static void requireAttended(ReservationStatus status, Party by, boolean started, String verb) {
        if (by != Party.STAFF) {
            throw new InvalidTransition("only the shop's staff can have a reservation " + verb);
        }
        if (status != CONFIRMED || !started) {
            throw new InvalidTransition("only a confirmed reservation whose start has come can be " + verb);
        }
    }
}
