package io.parlor.application.shared;

import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.application.shared.port.out.Subscription;
import io.parlor.application.shared.port.out.Topic;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jmolecules.event.types.DomainEvent;

/** A bus that loses every event, for tests of what a subscriber does when told it may have missed some. */
public final class LosingEventBus implements DomainEventBus {

    private final List<Runnable> missed = new CopyOnWriteArrayList<>();

    @Override
    public void publish(Topic topic, DomainEvent event) {
        // lost, as in an outage
    }

    @Override
    public Subscription subscribe(Topic topic, Consumer<DomainEvent> handler) {
        return () -> { };
    }

    @Override
    public Subscription subscribe(Topic topic, Consumer<DomainEvent> handler, Runnable onMissed) {
        missed.add(onMissed);
        return () -> missed.remove(onMissed);
    }

    /** Tells every subscriber that events may have been lost, as a bus does when its connection is back. */
    public void reconnect() {
        missed.forEach(Runnable::run);
    }
}
