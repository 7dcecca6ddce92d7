package io.parlor.domain.shared;

import java.util.ArrayList;
import java.util.List;
import org.jmolecules.event.types.DomainEvent;

/**
 * The events an aggregate recorded since it was made or loaded, oldest first: every aggregate
 * records its events here, and the application publishes them once the unit of work committed.
 *
 * @param <E> the aggregate's kind of event
 */
public final class RecordedEvents<E extends DomainEvent> {

    private final List<E> events = new ArrayList<>();

    /** Records {@code event} and hands it back, so that a method can record and return it in one step. */
    public <T extends E> T record(T event) {
        events.add(event);
        return event;
    }

    /** What was recorded, oldest first. */
    public List<E> list() {
        return List.copyOf(events);
    }
}
