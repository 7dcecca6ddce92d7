package io.parlor.application.reservation;

import io.parlor.application.reservation.port.in.ListMyReservations;
import io.parlor.application.reservation.port.in.ReservationPage;
import io.parlor.application.reservation.port.out.ReservationPosition;
import io.parlor.application.reservation.port.out.Reservations;
import io.parlor.application.shared.port.out.TimeSource;
import java.util.Optional;

final class ListMyReservationsService implements ListMyReservations {

    private final Reservations reservations;
    private final TimeSource time;

    ListMyReservationsService(Reservations reservations, TimeSource time) {
        this.reservations = reservations;
        this.time = time;
    }

    @Override
    public ReservationPage list(Query query) {
        var after = query.cursor().map(Cursors::decode);
        var found = reservations.ofCustomer(query.customer(), after, query.limit() + 1);
        var page = found.subList(0, Math.min(found.size(), query.limit()));
        var now = time.now();
        Optional<String> next = Optional.empty();
        if (found.size() > query.limit()) {
            var last = page.get(page.size() - 1).state();
            next = Optional.of(Cursors.encode(new ReservationPosition(last.startAt(), last.id())));
        }
        return new ReservationPage(page.stream().map(r -> Views.of(r, now)).toList(), next);
    }
}
