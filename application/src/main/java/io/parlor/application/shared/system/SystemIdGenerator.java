package io.parlor.application.shared.system;

import io.parlor.application.shared.port.out.IdGenerator;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Time-ordered UUIDs (version 7, RFC 9562): 48 bits of Unix milliseconds, then random bits.
 * Hand-written because the JDK has no version-7 factory and the application module takes no
 * library. Ids made in the same millisecond, or after the clock stepped back, continue from
 * the previous one plus one, so the order of creation is kept.
 */
public final class SystemIdGenerator implements IdGenerator {

    private static final long RANDOM_A_MASK = 0x0FFFL;
    private static final long VARIANT_MASK = 0x3FFF_FFFF_FFFF_FFFFL;

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private long lastHigh;
    private long lastLow;

    public SystemIdGenerator() {
        this(Clock.systemUTC());
    }

    SystemIdGenerator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized UUID newId() {
        long high = (clock.millis() << 16) | 0x7000L | (random.nextInt() & RANDOM_A_MASK);
        long low = 0x8000_0000_0000_0000L | (random.nextLong() & VARIANT_MASK);
        if (Long.compareUnsigned(high, lastHigh) < 0
                || (high == lastHigh && Long.compareUnsigned(low, lastLow) <= 0)) {
            high = lastHigh;
            low = lastLow + 1;
            if ((low & VARIANT_MASK) == 0) {
                high = (((high >>> 16) + 1) << 16) | 0x7000L;
                low = 0x8000_0000_0000_0000L;
            }
        }
        lastHigh = high;
        lastLow = low;
        return new UUID(high, low);
    }
}
