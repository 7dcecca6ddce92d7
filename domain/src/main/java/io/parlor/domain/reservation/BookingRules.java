package io.parlor.domain.reservation;

import io.parlor.domain.shared.InvalidValue;
import java.time.Duration;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A shop's booking rules; {@link #DEFAULT} applies until the owner sets its own.
 *
 * @param minimumNotice      a start must be at least this far ahead (0 to 30 days)
 * @param horizon            a start may be at most this far ahead (1 to 730 days)
 * @param cancellationCutoff customers cancel or reschedule a confirmed reservation only while
 *                           its start is at least this far ahead (0 to 30 days); staff any time
 */
@ValueObject
public record BookingRules(Duration minimumNotice, Duration horizon, Duration cancellationCutoff) {

    private static final Duration MONTH = Duration.ofDays(30);

    /** 30 minutes' notice, 90 days ahead, cancellation until 24 hours before the start. */
    public static final BookingRules DEFAULT = new BookingRules(Duration.ofMinutes(30), Duration.ofDays(90),
            Duration.ofHours(24));

    /** @throws InvalidValue (field named as the component) for a duration out of range */
    public BookingRules {
        within(minimumNotice, Duration.ZERO, MONTH, "minimumNotice");
        within(horizon, Duration.ofDays(1), Duration.ofDays(730), "horizon");
        within(cancellationCutoff, Duration.ZERO, MONTH, "cancellationCutoff");
    }

    private static void within(Duration value, Duration min, Duration max, String field) {
        if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new InvalidValue(field, "must be between " + min + " and " + max);
        }
    }
}
