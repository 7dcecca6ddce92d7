package io.parlor.application.shared;

import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.application.shared.port.out.Topic;
import io.parlor.domain.shared.RecordsEvents;
import java.util.Collection;
import java.util.function.Function;
import org.jmolecules.event.types.DomainEvent;

/**
 * Publishes what aggregates recorded, oldest first, each event on its topic: the one way every
 * context's use cases publish, called once the unit of work that changed the aggregates has committed.
 */
public final class EventPublisher {

    private final DomainEventBus bus;
    private final Function<DomainEvent, Topic> topics;

    /** Publishes every event on {@code topic}. */
    public EventPublisher(DomainEventBus bus, Topic topic) {
        this(bus, event -> topic);
    }

    /** Publishes each event on the topic that {@code topics} names for it. */
    public EventPublisher(DomainEventBus bus, Function<DomainEvent, Topic> topics) {
        this.bus = bus;
        this.topics = topics;
    }

    public void publish(RecordsEvents aggregate) {
        aggregate.recordedEvents().forEach(this::publish);
    }

    public void publish(DomainEvent event) {
        bus.publish(topics.apply(event), event);
    }

    public void publish(Collection<? extends RecordsEvents> aggregates) {
        aggregates.forEach(this::publish);
    }
}
