package io.parlor.application.reservation.port.in;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.reservation.ReservationId;
import java.time.Instant;
import java.util.Objects;

/**
 * Moves a held or confirmed reservation to another start of the same designer, atomically: the
 * new time is taken and the old one freed, or nothing changes. The same rules as for a hold
 * apply to the new start, and the same parties and cut-off as for cancelling.
 */
public interface RescheduleReservation {

    /**
     * @throws io.parlor.domain.reservation.ReservationNotFound for an unknown reservation, or one
     *         {@code actor} may not see
     * @throws io.parlor.domain.reservation.InvalidTransition (409) from another status, or for a
     *         customer past the cut-off
     * @throws io.parlor.domain.reservation.OutsideWorkingHours (422) when the new start is not bookable
     * @throws io.parlor.domain.reservation.SlotUnavailable (409) when another reservation blocks the new time
     */
    ReservationView reschedule(Command command);

    record Command(MemberId actor, ReservationId reservation, Instant startAt) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(reservation, "reservation");
            Objects.requireNonNull(startAt, "startAt");
        }
    }
}
