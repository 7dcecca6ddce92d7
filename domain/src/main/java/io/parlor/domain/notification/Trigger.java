package io.parlor.domain.notification;

import io.parlor.domain.shared.InvalidValue;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * When a template is sent. For {@code BEFORE_RESERVATION} and {@code AFTER_RESERVATION}, the
 * send falls {@code offsetDays} calendar days before or after the reservation's day, at
 * {@code at} (the reservation's own time of day when absent), both in the shop's zone, so a
 * reminder keeps its wall time across a daylight-saving change.
 */
@ValueObject
public record Trigger(TriggerType type, int offsetDays, Optional<LocalTime> at) {

    private static final int MAX_OFFSET_DAYS = 365;

    /** @throws InvalidValue (fields {@code trigger.offsetDays}, {@code trigger.at}) for values the type does not take */
    public Trigger {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        boolean timed = type == TriggerType.BEFORE_RESERVATION || type == TriggerType.AFTER_RESERVATION;
        if (offsetDays < 0 || offsetDays > MAX_OFFSET_DAYS) {
            throw new InvalidValue("trigger.offsetDays", "offsetDays is between 0 and " + MAX_OFFSET_DAYS);
        }
        if (!timed && (offsetDays != 0 || at.isPresent())) {
            throw new InvalidValue("trigger", "only BEFORE_RESERVATION and AFTER_RESERVATION take offsetDays and at");
        }
        at = at.map(time -> time.withSecond(0).withNano(0));
    }

    public static Trigger of(TriggerType type) {
        return new Trigger(type, 0, Optional.empty());
    }

    /** Whether this trigger sends at a time relative to a reservation. */
    public boolean isTimed() {
        return type == TriggerType.BEFORE_RESERVATION || type == TriggerType.AFTER_RESERVATION;
    }

    /**
     * The instant to send for a reservation starting at {@code start} in a shop of {@code zone}.
     * A wall time that a daylight-saving change skips moves forward by the gap; one it repeats
     * takes the earlier of the two instants.
     *
     * @throws IllegalStateException for an untimed trigger
     */
    public Instant sendAt(Instant start, ZoneId zone) {
        if (!isTimed()) {
            throw new IllegalStateException(type + " is not sent at a time");
        }
        var local = start.atZone(zone);
        var day = type == TriggerType.BEFORE_RESERVATION
                ? local.toLocalDate().minusDays(offsetDays)
                : local.toLocalDate().plusDays(offsetDays);
        return ZonedDateTime.of(day, at.orElse(local.toLocalTime()), zone).toInstant();
    }
}
