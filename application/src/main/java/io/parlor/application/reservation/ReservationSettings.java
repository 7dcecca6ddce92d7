package io.parlor.application.reservation;

import io.parlor.domain.reservation.BookingRules;
import java.time.Duration;
import java.util.Objects;

/**
 * The tunable rules of reservation; {@link #defaults()} gives the documented ones.
 *
 * @param holdTtl      how long a {@code HELD} reservation blocks its slot
 *                     ({@code PARLOR_RESERVATION_HOLD_TTL})
 * @param slotLockTtl  how long the fast-path slot lock lives if its holder never releases it;
 *                     longer than a hold request takes
 * @param defaultRules the booking rules of shops that set none
 * @param calendarTtl  the longest an instance uses working hours and booking rules it read before
 *                     reading them again; changes reach every instance at once over the event bus,
 *                     so this bounds only what an event lost in an outage could cost
 *                     ({@code PARLOR_RESERVATION_CALENDAR_TTL})
 */
public record ReservationSettings(Duration holdTtl, Duration slotLockTtl, BookingRules defaultRules,
        Duration calendarTtl) {

    public ReservationSettings {
        positive(holdTtl, "holdTtl");
        positive(slotLockTtl, "slotLockTtl");
        Objects.requireNonNull(defaultRules, "defaultRules");
        positive(calendarTtl, "calendarTtl");
    }

    /** Holds of 5 minutes, slot locks of 10 seconds, {@link BookingRules#DEFAULT}, calendars kept 30 seconds. */
    public static ReservationSettings defaults() {
        return new ReservationSettings(Duration.ofMinutes(5), Duration.ofSeconds(10), BookingRules.DEFAULT,
                Duration.ofSeconds(30));
    }

    /** These settings with another hold time. */
    public ReservationSettings withHoldTtl(Duration ttl) {
        return new ReservationSettings(ttl, slotLockTtl, defaultRules, calendarTtl);
    }

    private static void positive(Duration duration, String name) {
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration");
        }
    }
}
