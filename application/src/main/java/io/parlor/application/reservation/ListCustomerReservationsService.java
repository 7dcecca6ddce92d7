package io.parlor.application.reservation;

import io.parlor.application.reservation.port.in.ListCustomerReservations;
import io.parlor.application.reservation.port.in.ReservationView;
import io.parlor.application.reservation.port.out.ReservationPosition;
import io.parlor.application.reservation.port.out.Reservations;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.domain.reservation.Reservation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the customer's reservations page by page and keeps those at the shop: a customer's own list is short. */
final class ListCustomerReservationsService implements ListCustomerReservations {

    private static final int PAGE = 500;

    private final Reservations reservations;
    private final ShopAccess access;
    private final TimeSource time;

    ListCustomerReservationsService(Reservations reservations, ShopAccess access, TimeSource time) {
        this.reservations = reservations;
        this.access = access;
        this.time = time;
    }

    @Override
    public List<ReservationView> list(Query query) {
        access.profile(query.shop());
        access.requireStaff(query.shop(), query.viewer());
        var now = time.now();
        var found = new ArrayList<ReservationView>();
        Optional<ReservationPosition> after = Optional.empty();
        while (found.size() < MAX) {
            var page = reservations.ofCustomer(query.customer(), after, PAGE);
            page.stream().filter(r -> r.shop().equals(query.shop())).limit(MAX - found.size())
                    .forEach(r -> found.add(Views.of(r, now)));
            if (page.size() < PAGE) {
                break;
            }
            Reservation last = page.get(page.size() - 1);
            after = Optional.of(new ReservationPosition(last.state().startAt(), last.id()));
        }
        return found;
    }
}
