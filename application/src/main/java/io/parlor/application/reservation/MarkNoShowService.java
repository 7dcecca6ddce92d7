package io.parlor.application.reservation;

import io.parlor.application.reservation.port.in.MarkNoShow;
import io.parlor.application.reservation.port.in.ReservationView;
import java.util.List;

final class MarkNoShowService implements MarkNoShow {

    private final Transit transit;

    MarkNoShowService(Transit transit) {
        this.transit = transit;
    }

    @Override
    public ReservationView mark(Command command) {
        return transit.run(command.actor(), command.reservation(), false, (reservation, party, now) -> {
            reservation.markNoShow(party, now);
            return List.of();
        });
    }
}
