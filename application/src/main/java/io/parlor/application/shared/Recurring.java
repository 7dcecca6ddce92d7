package io.parlor.application.shared;

import io.parlor.application.shared.port.out.Deadline;
import java.time.Duration;
import java.time.Instant;

/**
 * Recurring work on the deadline store: one deadline per period, keyed by the period's number,
 * so that every instance may schedule the next one and it still runs once per period.
 */
public final class Recurring {

    private Recurring() {
    }

    /** The deadline of the period after the one holding {@code now}, due at that period's start. */
    public static Deadline next(String name, String kind, Duration every, Instant now) {
        long millis = every.toMillis();
        if (millis < 1) {
            throw new IllegalArgumentException("a period of at least a millisecond");
        }
        long period = Math.floorDiv(now.toEpochMilli(), millis) + 1;
        return Deadline.of(name + ":" + period, kind, Instant.ofEpochMilli(period * millis), "");
    }
}
