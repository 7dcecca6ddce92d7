package io.parlor.application.reservation;

import io.parlor.application.reservation.port.in.ReservationView;
import io.parlor.application.reservation.port.in.ShowReservation;
import io.parlor.application.reservation.port.out.Reservations;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.domain.reservation.ReservationNotFound;

final class ShowReservationService implements ShowReservation {

    private final Reservations reservations;
    private final ShopAccess access;
    private final TimeSource time;

    ShowReservationService(Reservations reservations, ShopAccess access, TimeSource time) {
        this.reservations = reservations;
        this.access = access;
        this.time = time;
    }

    @Override
    public ReservationView show(Query query) {
        var reservation = reservations.findById(query.reservation()).orElseThrow(ReservationNotFound::new);
        access.partyOf(reservation, query.viewer());
        return Views.of(reservation, time.now());
    }
}
