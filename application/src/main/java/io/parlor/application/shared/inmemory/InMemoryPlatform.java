package io.parlor.application.shared.inmemory;

import io.parlor.application.shared.Platform;
import java.time.Instant;

/**
 * The in-process platform, with its parts typed so that in-memory stores can join its units of
 * work and tests can move its clock.
 */
public record InMemoryPlatform(InMemoryTransactionRunner transactions, InProcessDomainEventBus events,
                               InMemoryTimeSource time, InMemoryIdGenerator ids) {

    /** A fresh platform whose clock stands at {@code now} until moved. */
    public static InMemoryPlatform startingAt(Instant now) {
        return new InMemoryPlatform(new InMemoryTransactionRunner(), new InProcessDomainEventBus(),
                new InMemoryTimeSource(now), new InMemoryIdGenerator());
    }

    /** The same parts, as the platform the use cases take. */
    public Platform platform() {
        return new Platform(transactions, events, time, ids);
    }
}
