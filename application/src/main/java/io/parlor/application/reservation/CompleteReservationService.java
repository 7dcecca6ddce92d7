package io.parlor.application.reservation;

import io.parlor.application.reservation.port.in.CompleteReservation;
import io.parlor.application.reservation.port.in.ReservationView;
import java.util.List;

final class CompleteReservationService implements CompleteReservation {

    private final Transit transit;

    CompleteReservationService(Transit transit) {
        this.transit = transit;
    }

    @Override
    public ReservationView complete(Command command) {
        return transit.run(command.actor(), command.reservation(), false, (reservation, party, now) -> {
            reservation.complete(party, now);
            return List.of();
        });
    }
}
