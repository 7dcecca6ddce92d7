package io.parlor.application.reservation;

import io.parlor.application.reservation.port.in.ListShopReservations;
import io.parlor.application.reservation.port.in.ReservationView;
import io.parlor.application.reservation.port.out.Reservations;
import io.parlor.application.shared.port.out.TimeSource;
import java.util.List;

final class ListShopReservationsService implements ListShopReservations {

    private final Reservations reservations;
    private final ShopAccess access;
    private final TimeSource time;

    ListShopReservationsService(Reservations reservations, ShopAccess access, TimeSource time) {
        this.reservations = reservations;
        this.access = access;
        this.time = time;
    }

    @Override
    public List<ReservationView> list(Query query) {
        var shop = access.profile(query.shop());
        access.requireStaff(query.shop(), query.viewer());
        var day = shop.day(query.date());
        var now = time.now();
        return reservations.ofShop(query.shop(), query.designer(), day.start(), day.end()).stream()
                .map(r -> Views.of(r, now)).toList();
    }
}
