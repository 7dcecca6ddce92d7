package io.parlor.application.shared.port.out;

/** A handler's registration on the {@link DomainEventBus}. */
public interface Subscription extends AutoCloseable {

    /** Stops delivery to the handler. Idempotent; events published afterwards never reach it. */
    @Override
    void close();
}
