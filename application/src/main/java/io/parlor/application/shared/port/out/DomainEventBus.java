package io.parlor.application.shared.port.out;

import java.util.function.Consumer;
import org.jmolecules.event.types.DomainEvent;

/**
 * Carries domain events from the use case that caused them to every interested party, on
 * every instance of the application.
 *
 * <p>Use cases publish only after the unit of work that produced the event has committed, so
 * a subscriber never sees an event whose state could still be rolled back. Delivery is at most
 * once per subscription; a consumer that must not miss anything keeps a cursor in the
 * database (a chat client asks for {@code afterSeq}).
 */
public interface DomainEventBus {

    /**
     * Sends {@code event} to every subscription of {@code topic} on every instance, this one
     * included. Events published one after another on one topic reach each subscription in
     * that order. Never throws because of a subscriber.
     *
     * @param event a record whose components the bus can carry across processes
     */
    void publish(Topic topic, DomainEvent event);

    /**
     * Registers {@code handler} for {@code topic}. When this returns, every event published
     * afterwards on any instance reaches the handler. A handler is never called concurrently
     * with itself; an exception it throws is logged and does not affect other handlers or
     * later deliveries.
     */
    Subscription subscribe(Topic topic, Consumer<DomainEvent> handler);

    /**
     * Like {@link #subscribe(Topic, Consumer)}, and runs {@code missed} whenever events published
     * since the subscription may not have reached {@code handler}: a bus that crosses processes
     * calls it when its connection is back after an outage (or is first made, when it could not
     * be made at once), so that the subscriber reads what it missed from where it is stored. It
     * runs on the bus's own thread, possibly at the same time as {@code handler}. A bus that never
     * loses an event never calls it.
     */
    default Subscription subscribe(Topic topic, Consumer<DomainEvent> handler, Runnable missed) {
        return subscribe(topic, handler);
    }
}
