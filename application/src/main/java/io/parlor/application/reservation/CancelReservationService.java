package io.parlor.application.reservation;

import io.parlor.application.reservation.port.in.CancelReservation;
import io.parlor.application.reservation.port.in.ReservationView;
import java.util.List;

final class CancelReservationService implements CancelReservation {

    private final Transit transit;
    private final Calendars calendars;

    CancelReservationService(Transit transit, Calendars calendars) {
        this.transit = transit;
        this.calendars = calendars;
    }

    @Override
    public ReservationView cancel(Command command) {
        return transit.run(command.actor(), command.reservation(), false, (reservation, party, now) -> {
            reservation.cancel(party, command.reason(), now, calendars.rulesOf(reservation.shop()));
            return List.of();
        });
    }
}
