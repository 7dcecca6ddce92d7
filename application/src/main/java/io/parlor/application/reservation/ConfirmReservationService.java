package io.parlor.application.reservation;

import io.parlor.application.reservation.port.in.ConfirmReservation;
import io.parlor.application.reservation.port.in.ReservationView;
import io.parlor.domain.reservation.HoldExpired;
import io.parlor.domain.reservation.ReservationStatus;
import java.util.List;

/**
 * Confirms under the designer's lock: if another reservation already blocks part of the time,
 * the hold was judged expired elsewhere (by a request whose clock was a little ahead), so this
 * confirmation answers {@code hold-expired} rather than double-book.
 */
final class ConfirmReservationService implements ConfirmReservation {

    private final Transit transit;
    private final SlotGuard guard;

    ConfirmReservationService(Transit transit, SlotGuard guard) {
        this.transit = transit;
        this.guard = guard;
    }

    @Override
    public ReservationView confirm(Command command) {
        return transit.run(command.actor(), command.reservation(), true, (reservation, party, now) -> {
            if (reservation.statusAt(now) == ReservationStatus.HELD && guard.contested(reservation, now)) {
                throw new HoldExpired();
            }
            reservation.confirm(now);
            return List.of();
        });
    }
}
