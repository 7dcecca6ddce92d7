package io.parlor.application.reservation;

import io.parlor.application.reservation.port.in.ReservationView;
import io.parlor.application.reservation.port.in.RescheduleReservation;
import io.parlor.application.reservation.port.out.Reservations;
import io.parlor.domain.reservation.ReservationNotFound;
import java.time.Duration;

/**
 * Moves a reservation under the designer's lock: the new time is checked and taken in the same
 * unit of work that frees the old one, so a refusal changes nothing.
 */
final class RescheduleReservationService implements RescheduleReservation {

    private final Reservations reservations;
    private final Transit transit;
    private final ShopAccess access;
    private final Calendars calendars;
    private final SlotGuard guard;
    private final FastPath fastPath;

    RescheduleReservationService(Reservations reservations, Transit transit, ShopAccess access, Calendars calendars,
            SlotGuard guard, FastPath fastPath) {
        this.reservations = reservations;
        this.transit = transit;
        this.access = access;
        this.calendars = calendars;
        this.guard = guard;
        this.fastPath = fastPath;
    }

    @Override
    public ReservationView reschedule(Command command) {
        var seen = reservations.findById(command.reservation()).orElseThrow(ReservationNotFound::new);
        access.partyOf(seen, command.actor());
        var token = fastPath.enter(seen.designer(), command.startAt(), false);
        try {
            return transit.run(command.actor(), command.reservation(), true, (reservation, party, now) -> {
                var rules = calendars.rulesOf(reservation.shop());
                var served = reservation.served();
                reservation.reschedule(party, command.startAt(), now, rules);
                var calendar = calendars.of(access.profile(reservation.shop()), reservation.designer());
                calendar.requireBookable(command.startAt(), Duration.between(served.start(), served.end()),
                        now);
                return guard.claim(reservation, rules, now);
            });
        } finally {
            fastPath.leave(token);
        }
    }
}
