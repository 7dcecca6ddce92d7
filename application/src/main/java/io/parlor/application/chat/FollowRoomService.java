package io.parlor.application.chat;

import io.parlor.application.chat.port.in.FollowRoom;
import io.parlor.application.chat.port.out.Messages;
import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.domain.chat.RoomId;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jmolecules.event.types.DomainEvent;

final class FollowRoomService implements FollowRoom, AutoCloseable {

    private final Messages messages;
    private final DomainEventBus bus;
    private final TimeSource time;
    /** One daemon thread for every follower's catch-ups; it starts with the first one. */
    private final ScheduledExecutorService gapTimer = Executors.newSingleThreadScheduledExecutor(task -> {
        var thread = new Thread(task, "parlor-chat-gaps");
        thread.setDaemon(true);
        return thread;
    });

    FollowRoomService(Messages messages, DomainEventBus bus, TimeSource time) {
        this.messages = messages;
        this.bus = bus;
        this.time = time;
    }

    @Override
    public Following follow(RoomId room, Consumer<DomainEvent> listener) {
        var stream = new OrderedRoomStream(room, listener, messages, time, this::schedule);
        var subscription = bus.subscribe(ChatUseCases.roomTopic(room), stream::accept, stream::recover);
        stream.startAfter(messages.lastSeq(room));
        return () -> {
            subscription.close();
            stream.close();
        };
    }

    /** Stops the gap timer: followers go on, but a late message then waits for the bus alone. */
    @Override
    public void close() {
        gapTimer.shutdownNow();
    }

    /** Whether {@link #close()} stopped the gap timer, for the tests of closing. */
    boolean stopped() {
        return gapTimer.isShutdown();
    }

    private void schedule(Runnable task, Duration delay) {
        try {
            gapTimer.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            // the use cases were closed: nothing catches up any more
        }
    }
}
