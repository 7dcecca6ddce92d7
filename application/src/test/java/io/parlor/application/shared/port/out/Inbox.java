package io.parlor.application.shared.port.out;

import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jmolecules.event.types.DomainEvent;

/** Collects what a subscription receives, for tests to wait on. */
public final class Inbox implements Consumer<DomainEvent> {

    private final BlockingQueue<DomainEvent> received = new LinkedBlockingQueue<>();

    @Override
    public void accept(DomainEvent event) {
        received.add(event);
    }

    /** The next event, waiting up to ten seconds for it. */
    public DomainEvent next() {
        try {
            DomainEvent event = received.poll(10, TimeUnit.SECONDS);
            if (event == null) {
                fail("no event arrived within 10 s");
            }
            return event;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next {@code count} events, in arrival order. */
    public List<DomainEvent> next(int count) {
        var events = new ArrayList<DomainEvent>(count);
        for (int i = 0; i < count; i++) {
            events.add(next());
        }
        return events;
    }

    /** What arrived and was not taken yet. */
    public List<DomainEvent> pending() {
        return List.copyOf(received);
    }
}
