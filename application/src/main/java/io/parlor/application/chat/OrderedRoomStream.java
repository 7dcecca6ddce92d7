package io.parlor.application.chat;

import io.parlor.application.chat.port.out.Messages;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.domain.chat.Message;
import io.parlor.domain.chat.MessagePosted;
import io.parlor.domain.chat.RoomId;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jmolecules.event.types.DomainEvent;

/**
 * Turns the events of one room, as the bus brings them, into posted messages in {@code seq}
 * order without gaps or repeats: early ones wait for their predecessors, old ones are dropped,
 * and a predecessor missing for longer than {@link #GAP_WAIT} is read from the store.
 */
final class OrderedRoomStream {

    /** Long enough for a concurrent post's event to arrive, short enough to be unnoticeable. */
    static final Duration GAP_WAIT = Duration.ofMillis(200);
    private static final int FILL_LIMIT = 200;
    private static final System.Logger LOG = System.getLogger(OrderedRoomStream.class.getName());

    private final RoomId room;
    private final Consumer<DomainEvent> listener;
    private final Messages messages;
    private final TimeSource time;
    private final List<MessagePosted> beforeStart = new ArrayList<>();
    private final TreeMap<Long, MessagePosted> early = new TreeMap<>();
    private long next = -1;
    private Instant waitingSince = Instant.MAX;

    OrderedRoomStream(RoomId room, Consumer<DomainEvent> listener, Messages messages, TimeSource time) {
        this.room = room;
        this.listener = listener;
        this.messages = messages;
        this.time = time;
    }

    /** Delivers from the message after {@code lastSeq}, with whatever arrived in the meantime. */
    synchronized void startAfter(long lastSeq) {
        next = lastSeq + 1;
        beforeStart.forEach(this::offer);
        beforeStart.clear();
    }

    synchronized void accept(DomainEvent event) {
        if (!(event instanceof MessagePosted posted)) {
            deliver(event);
        } else if (next < 0) {
            beforeStart.add(posted);
        } else {
            offer(posted);
        }
    }

    synchronized boolean waiting() {
        return !early.isEmpty();
    }

    synchronized void catchUp() {
        if (early.isEmpty() || time.now().isBefore(waitingSince.plus(GAP_WAIT))) {
            return;
        }
        for (Message stored : messages.after(room, next - 1, early.firstKey(), FILL_LIMIT)) {
            offer(stored.posted());
        }
        if (!early.isEmpty() && early.firstKey() > next) {
            LOG.log(Level.WARNING, "room " + room + " skips seq " + next + " to " + early.firstKey());
            next = early.firstKey();
        }
        drain();
    }

    /** Reads from the store every message the bus may have lost (it was cut off), and delivers them in order. */
    synchronized void recover() {
        if (next < 0) {
            return;
        }
        long after = next - 1;
        List<Message> found;
        do {
            found = messages.after(room, after, Long.MAX_VALUE, FILL_LIMIT);
            for (Message stored : found) {
                offer(stored.posted());
                after = stored.posted().seq();
            }
        } while (found.size() == FILL_LIMIT);
        drain();
    }

    private void offer(MessagePosted posted) {
        if (posted.seq() < next || early.containsKey(posted.seq())) {
            return;
        }
        if (posted.seq() > next) {
            if (early.isEmpty()) {
                waitingSince = time.now();
            }
            early.put(posted.seq(), posted);
            return;
        }
        deliver(posted);
        next++;
        drain();
    }

    private void drain() {
        Optional<MessagePosted> head;
        while ((head = Optional.ofNullable(early.get(next))).isPresent()) {
            early.remove(next);
            deliver(head.get());
            next++;
        }
        if (early.isEmpty()) {
            waitingSince = Instant.MAX;
        }
    }

    private void deliver(DomainEvent event) {
        try {
            listener.accept(event);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a follower of room " + room + " failed", e);
        }
    }
}
