package io.parlor.bootstrap;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.parlor.application.reservation.ReservationSettings;
import io.parlor.domain.reservation.BookingRules;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * The tunable rules of reservation, from {@code parlor.reservation.*} (environment variables
 * {@code PARLOR_RESERVATION_*}); the defaults are the documented ones.
 *
 * @param holdTtl       how long a {@code HELD} reservation blocks its slot ({@code PARLOR_RESERVATION_HOLD_TTL})
 * @param slotLockTtl   how long a fast-path slot lock lives if its holder never releases it
 * @param sweepInterval the pause between two runs of the sweeper that stores expired holds as {@code EXPIRED}
 * @param sweepBatch    holds the sweeper expires per unit of work
 * @param calendarTtl   the longest an instance uses working hours and rules it read before reading them again
 */
@ConfigurationProperties("parlor.reservation")
record ReservationConfiguration(
        @Bindable(defaultValue = "5m") @NotNull Duration holdTtl,
        @Bindable(defaultValue = "10s") @NotNull Duration slotLockTtl,
        @Bindable(defaultValue = "30s") @NotNull Duration sweepInterval,
        @Bindable(defaultValue = "500") @Min(1) @Max(1000) int sweepBatch,
        @Bindable(defaultValue = "30s") @NotNull Duration calendarTtl) {

    ReservationSettings toSettings() {
        return new ReservationSettings(holdTtl, slotLockTtl, BookingRules.DEFAULT, calendarTtl);
    }
}
