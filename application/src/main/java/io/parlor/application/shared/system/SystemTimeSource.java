package io.parlor.application.shared.system;

import io.parlor.application.shared.port.out.TimeSource;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** The system clock, held monotonic: a wall-clock step backwards repeats the last reading. */
public final class SystemTimeSource implements TimeSource {

    private final Clock clock;
    private final AtomicReference<Instant> last = new AtomicReference<>(Instant.MIN);

    public SystemTimeSource() {
        this(Clock.systemUTC());
    }

    SystemTimeSource(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Instant now() {
        Instant reading = clock.instant();
        return last.accumulateAndGet(reading, (previous, next) -> next.isAfter(previous) ? next : previous);
    }
}
