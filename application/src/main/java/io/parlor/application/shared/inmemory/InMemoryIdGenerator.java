package io.parlor.application.shared.inmemory;

import io.parlor.application.shared.port.out.IdGenerator;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Predictable ids for tests: {@code 00000000-0000-7000-8000-000000000001}, then ...02, and so on. */
public final class InMemoryIdGenerator implements IdGenerator {

    private static final long VERSION_7 = 0x7000L;
    private static final long VARIANT = 0x8000_0000_0000_0000L;

    private final AtomicLong counter = new AtomicLong();

    @Override
    public UUID newId() {
        return new UUID(VERSION_7, VARIANT | counter.incrementAndGet());
    }
}
