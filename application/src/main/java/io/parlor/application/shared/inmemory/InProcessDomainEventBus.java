package io.parlor.application.shared.inmemory;

import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.application.shared.port.out.Subscription;
import io.parlor.application.shared.port.out.Topic;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jmolecules.event.types.DomainEvent;

/**
 * Delivers events to the subscriptions of this process, on the publishing thread. Enough for
 * one instance; several instances need a bus that crosses processes.
 */
public final class InProcessDomainEventBus implements DomainEventBus {

    private static final System.Logger LOG = System.getLogger(InProcessDomainEventBus.class.getName());

    private final Map<Topic, List<Handler>> handlers = new ConcurrentHashMap<>();

    @Override
    public void publish(Topic topic, DomainEvent event) {
        for (Handler handler : handlers.getOrDefault(topic, List.of())) {
            handler.deliver(topic, event);
        }
    }

    @Override
    public Subscription subscribe(Topic topic, Consumer<DomainEvent> consumer) {
        var handler = new Handler(consumer);
        handlers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(handler);
        return () -> handlers.computeIfPresent(topic, (t, list) -> {
            list.remove(handler);
            return list.isEmpty() ? null : list;
        });
    }

    private record Handler(Consumer<DomainEvent> consumer) {

        /** Synchronized so that one handler never runs concurrently with itself. */
        synchronized void deliver(Topic topic, DomainEvent event) {
            try {
                consumer.accept(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "handler of " + topic.name() + " failed", e);
            }
        }
    }
}
