package io.parlor.application.shared;

import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.application.shared.port.out.IdGenerator;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import java.util.Objects;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * What every context's use cases run on: units of work, the event bus, the clock and ids. One
 * platform is shared by all the contexts of a deployment, so that they join the same units of
 * work and hear each other's events. A secondary port: the adapters behind it are the platform.
 */
@SecondaryPort
public record Platform(TransactionRunner transactions, DomainEventBus events, TimeSource time, IdGenerator ids) {

    public Platform {
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(ids, "ids");
    }
}
