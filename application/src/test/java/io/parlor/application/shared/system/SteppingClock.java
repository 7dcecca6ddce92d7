package io.parlor.application.shared.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** A clock that answers a scripted series of readings, to imitate wall-clock steps. */
final class SteppingClock extends Clock {

    private final Deque<Instant> readings;

    SteppingClock(List<Instant> readings) {
        this.readings = new ArrayDeque<>(readings);
    }

    @Override
    public Instant instant() {
        return readings.size() > 1 ? readings.poll() : readings.peek();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("fixed to UTC");
    }
}
