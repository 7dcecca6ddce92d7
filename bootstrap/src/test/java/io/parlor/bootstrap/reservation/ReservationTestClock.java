package io.parlor.bootstrap.reservation;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.parlor.application.reservation.ReservationPorts;
import io.parlor.application.reservation.port.out.BookingPolicies;
import io.parlor.application.reservation.port.out.Catalog;
import io.parlor.application.reservation.port.out.CustomerStanding;
import io.parlor.application.reservation.port.out.ReservationFollowUps;
import io.parlor.application.reservation.port.out.Reservations;
import io.parlor.application.reservation.port.out.Schedules;
import io.parlor.application.reservation.port.out.ShopDirectory;
import io.parlor.application.reservation.port.out.SlotLock;
import io.parlor.application.shared.Platform;
import io.parlor.application.shared.inmemory.InMemoryTimeSource;
import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * Runs the reservation use cases on a clock the test moves, starting {@link #START}, so that holds
 * can run out and starts can come without waiting, and a date in the past (a daylight-saving
 * change) can still be booked. Everything else, tokens included, keeps the system clock.
 */
@Factory
@Requires(property = "spec.name", value = ReservationHttpSuite.SPEC)
class ReservationTestClock {

    /** Monday 26 October 2026, noon UTC: before the 1 November change in New York. */
    static final Instant START = Instant.parse("2026-10-26T12:00:00Z");

    @Singleton
    @Bean(typed = InMemoryTimeSource.class)
    InMemoryTimeSource reservationClock() {
        return new InMemoryTimeSource(START);
    }

    @Singleton
    @Replaces(ReservationPorts.class)
    ReservationPorts portsOnTheTestClock(Reservations reservations, Catalog catalog,
                                         Schedules schedules, BookingPolicies policies, ShopDirectory shops,
                                         SlotLock slotLock, Platform platform, InMemoryTimeSource clock,
                                         CustomerStanding standing, ReservationFollowUps followUps) {
        return new ReservationPorts(new Platform(platform.transactions(), platform.events(), clock, platform.ids()),
                reservations, catalog, schedules, policies, shops, slotLock, standing, followUps);
    }
}
