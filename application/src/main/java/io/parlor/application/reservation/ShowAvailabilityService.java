package io.parlor.application.reservation;

import io.parlor.application.reservation.port.in.AvailabilityView;
import io.parlor.application.reservation.port.in.ShowAvailability;
import io.parlor.application.reservation.port.out.Reservations;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.domain.reservation.Reservation;
import io.parlor.domain.reservation.ReservationStatus;
import java.time.Instant;

/**
 * Reads reservations without the designer's lock: the answer is a snapshot, and a hold made
 * from it is checked again under the lock.
 */
final class ShowAvailabilityService implements ShowAvailability {

    private final Reservations reservations;
    private final ShopAccess access;
    private final Calendars calendars;
    private final Treatments treatments;
    private final TimeSource time;

    ShowAvailabilityService(Reservations reservations, ShopAccess access, Calendars calendars, Treatments treatments,
            TimeSource time) {
        this.reservations = reservations;
        this.access = access;
        this.calendars = calendars;
        this.treatments = treatments;
        this.time = time;
    }

    @Override
    public AvailabilityView show(Query query) {
        var now = time.now();
        var shop = access.profile(query.shop());
        access.requireBookable(query.shop(), query.designer());
        var treatment = treatments.load(query.shop(), query.services());
        var day = shop.day(query.date());
        var busy = reservations.blockingOverlaps(query.designer(), day.start(),
                day.end().plus(treatment.blockedFor()), now).stream()
                .filter(r -> !isOwnHold(r, query, now)).map(Reservation::blocked).toList();
        var slots = calendars.of(shop, query.designer()).freeSlots(query.date(), treatment, busy, now).stream()
                .map(s -> new AvailabilityView.Slot(s.start(), s.end())).toList();
        return new AvailabilityView(query.date(), shop.zone().getId(), slots);
    }

    private static boolean isOwnHold(Reservation reservation, Query query, Instant now) {
        return query.viewer().filter(reservation.customer()::equals).isPresent()
                && reservation.statusAt(now) == ReservationStatus.HELD;
    }
}
