package io.parlor.application.shared;

import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.application.shared.port.out.Topic;
import io.parlor.domain.shared.RecordsEvents;
import java.util.Collection;

/**
 * Publishes what aggregates recorded on one topic, oldest first: the one way every context's
 * use cases publish, called once the unit of work that changed the aggregates has committed.
 */
public final class EventPublisher {

    private final DomainEventBus bus;
    private final Topic topic;

    public EventPublisher(DomainEventBus bus, Topic topic) {
        this.bus = bus;
        this.topic = topic;
    }

    public void publish(RecordsEvents aggregate) {
        aggregate.recordedEvents().forEach(event -> bus.publish(topic, event));
    }

    public void publish(Collection<? extends RecordsEvents> aggregates) {
        aggregates.forEach(this::publish);
    }
}
