package io.parlor.application.reservation;

import io.parlor.application.reservation.port.out.Reservations;
import io.parlor.domain.reservation.BookingRules;
import io.parlor.domain.reservation.Party;
import io.parlor.domain.reservation.Reservation;
import io.parlor.domain.reservation.ReservationStatus;
import io.parlor.domain.reservation.SlotUnavailable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The use-case half of the no-double-booking guarantee (the store's half is described on
 * {@link Reservations}): inside the caller's unit of work, lock the designer, then look for
 * reservations that block the time, then let the caller write. Only reservations that block
 * time at {@code now} count, so a hold stops blocking the instant it runs out.
 */
final class SlotGuard {

    private static final Optional<String> REPLACED = Optional.of("replaced by another hold of the customer");

    private final Reservations reservations;

    SlotGuard(Reservations reservations) {
        this.reservations = reservations;
    }

    /**
     * Makes room for {@code claimant}'s blocked time: the customer's own holds that overlap it
     * are cancelled (and saved); any other overlapping reservation that blocks time refuses the
     * claim. Call inside a unit of work, and write {@code claimant} in the same unit.
     *
     * @return the cancelled own holds, whose events the caller publishes after the commit
     * @throws SlotUnavailable if another customer's reservation, or a confirmed one, overlaps
     */
    List<Reservation> claim(Reservation claimant, BookingRules rules, Instant now) {
        reservations.lockDesigner(claimant.designer());
        var blocked = claimant.blocked();
        var overlapping = reservations.blockingOverlaps(claimant.designer(), blocked.start(), blocked.end(), now)
                .stream().filter(r -> !r.id().equals(claimant.id())).toList();
        var ownHolds = new ArrayList<Reservation>();
        for (Reservation other : overlapping) {
            if (!other.customer().equals(claimant.customer()) || other.statusAt(now) != ReservationStatus.HELD) {
                throw new SlotUnavailable();
            }
            ownHolds.add(other);
        }
        for (Reservation own : ownHolds) {
            own.cancel(Party.CUSTOMER, REPLACED, now, rules);
            reservations.save(own);
        }
        return ownHolds;
    }

    /** Whether anything other than {@code reservation} blocks part of its time at {@code now}; locks the designer. */
    boolean contested(Reservation reservation, Instant now) {
        reservations.lockDesigner(reservation.designer());
        var blocked = reservation.blocked();
        return reservations.blockingOverlaps(reservation.designer(), blocked.start(), blocked.end(), now).stream()
                .anyMatch(r -> !r.id().equals(reservation.id()));
    }
}
