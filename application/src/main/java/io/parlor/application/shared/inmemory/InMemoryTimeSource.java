package io.parlor.application.shared.inmemory;

import io.parlor.application.shared.port.out.TimeSource;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that only moves when told to, so tests decide what time it is. */
public final class InMemoryTimeSource implements TimeSource {

    private final AtomicReference<Instant> now;

    public InMemoryTimeSource(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    @Override
    public Instant now() {
        return now.get();
    }

    /** Moves the clock forward by {@code step}; a negative step is refused. */
    public Instant advance(Duration step) {
        if (step.isNegative()) {
            throw new IllegalArgumentException("time does not go backwards: " + step);
        }
        return now.updateAndGet(t -> t.plus(step));
    }

    /** Moves the clock forward to {@code at}; an earlier instant is refused. */
    public Instant set(Instant at) {
        return now.updateAndGet(t -> {
            if (at.isBefore(t)) {
                throw new IllegalArgumentException("time does not go backwards: " + at + " is before " + t);
            }
            return at;
        });
    }
}
