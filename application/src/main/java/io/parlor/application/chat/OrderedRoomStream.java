package io.parlor.application.chat;

import io.parlor.application.chat.port.out.Messages;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.domain.chat.MemberJoined;
import io.parlor.domain.chat.MemberLeft;
import io.parlor.domain.chat.Message;
import io.parlor.domain.chat.MessagePosted;
import io.parlor.domain.chat.MessageType;
import io.parlor.domain.chat.RoomId;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jmolecules.event.types.DomainEvent;

/**
 * Turns the events of one room, as the bus brings them, into posted messages in {@code seq}
 * order without gaps or repeats: early ones wait for their predecessors, old ones are dropped,
 * and a predecessor missing for longer than {@link #GAP_WAIT} is read from the store, by a
 * catch-up that the stream schedules on its {@link Timer} when it starts to wait. A roster
 * change ({@code MemberJoined}, {@code MemberLeft}) goes just before the {@code SYSTEM} message
 * of its {@code seq}: the bus brings that message first, so it waits for its change, for at most
 * as long as for a predecessor.
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
    private final TreeMap<Long, DomainEvent> rosterChanges = new TreeMap<>();
    private final Timer timer;
    private long next = -1;
    private Instant waitingSince = Instant.MAX;
    private boolean timerSet;
    private boolean closed;

    /** Runs a task once, after a delay. */
    interface Timer {
        void schedule(Runnable task, Duration delay);
    }

    OrderedRoomStream(RoomId room, Consumer<DomainEvent> listener, Messages messages, TimeSource time, Timer timer) {
        this.room = room;
        this.listener = listener;
        this.messages = messages;
        this.time = time;
        this.timer = timer;
    }

    /** Delivers from the message after {@code lastSeq}, with whatever arrived in the meantime. */
    synchronized void startAfter(long lastSeq) {
        next = lastSeq + 1;
        releaseRosterChangesBefore(next);
        beforeStart.forEach(this::offer);
        beforeStart.clear();
        updateWaiting();
    }

    synchronized void accept(DomainEvent event) {
        var rosterSeq = rosterSeqOf(event);
        if (event instanceof MessagePosted posted) {
            if (next < 0) {
                beforeStart.add(posted);
            } else {
                offer(posted);
            }
        } else if (rosterSeq.isPresent() && (next < 0 || rosterSeq.getAsLong() >= next)) {
            rosterChanges.put(rosterSeq.getAsLong(), event);
            if (next >= 0) {
                drain(true);
            }
        } else {
            deliver(event);
        }
    }

    synchronized boolean waiting() {
        return !early.isEmpty() || !rosterChanges.isEmpty();
    }

    /** Ends the catch-ups, the one already scheduled included; the caller closes the subscription. */
    synchronized void close() {
        closed = true;
    }

    synchronized void catchUp() {
        if (closed || next < 0 || !waiting() || time.now().isBefore(waitingSince.plus(GAP_WAIT))) {
            return;
        }
        readFromStore(awaitedUpTo());
        while (!early.isEmpty() && early.firstKey() > next) {
            LOG.log(Level.WARNING, "room " + room + " skips seq " + next + " to " + (early.firstKey() - 1)
                    + ", which the store does not hold");
            next = early.firstKey();
            drain(false);
        }
        stopWaitingForRosterChanges();
    }

    /** Reads from the store every message the bus may have lost (it was cut off), and delivers them in order. */
    synchronized void recover() {
        if (next < 0) {
            return;
        }
        readFromStore(Long.MAX_VALUE - 1);
        stopWaitingForRosterChanges();
    }

    /** Offers every stored message from {@code next} to {@code upTo}, one batch of the store at a time. */
    private void readFromStore(long upTo) {
        long after = next - 1;
        List<Message> found;
        do {
            found = messages.after(room, after, upTo + 1, FILL_LIMIT);
            for (Message stored : found) {
                offer(stored.posted());
                after = stored.posted().seq();
            }
        } while (found.size() == FILL_LIMIT);
    }

    private void offer(MessagePosted posted) {
        if (posted.seq() < next || early.containsKey(posted.seq())) {
            return;
        }
        early.put(posted.seq(), posted);
        drain(true);
    }

    private void drain(boolean waitForRosterChanges) {
        MessagePosted head;
        while ((head = early.get(next)) != null && !(waitForRosterChanges && awaitsRosterChange(head))) {
            early.remove(next);
            Optional.ofNullable(rosterChanges.remove(next)).ifPresent(this::deliver);
            deliver(head);
            next++;
        }
        updateWaiting();
    }

    /** A {@code SYSTEM} message records a roster change, whose event the bus brings just after it. */
    private boolean awaitsRosterChange(MessagePosted posted) {
        return posted.type() == MessageType.SYSTEM && !rosterChanges.containsKey(posted.seq());
    }

    /** What waited too long for a roster change goes out without it, and so do changes left without a message. */
    private void stopWaitingForRosterChanges() {
        releaseRosterChangesBefore(next);
        drain(false);
        releaseRosterChangesBefore(early.isEmpty() ? Long.MAX_VALUE : next);
        updateWaiting();
    }

    private void releaseRosterChangesBefore(long seq) {
        var released = rosterChanges.headMap(seq);
        released.values().forEach(this::deliver);
        released.clear();
    }

    /** The last {@code seq} the stream waits for: in a gap between early messages, or of a roster change. */
    private long awaitedUpTo() {
        long beforeEarly = early.isEmpty() ? next - 1 : early.lastKey() - 1;
        return rosterChanges.isEmpty() ? beforeEarly : Math.max(beforeEarly, rosterChanges.lastKey());
    }

    /** Starts the clock when something is first held back, and stops it once nothing is. */
    private void updateWaiting() {
        if (!waiting()) {
            waitingSince = Instant.MAX;
        } else if (waitingSince.equals(Instant.MAX)) {
            waitingSince = time.now();
            setTimer(GAP_WAIT);
        }
    }

    private void setTimer(Duration delay) {
        if (!timerSet && !closed) {
            timerSet = true;
            timer.schedule(this::timerFired, delay);
        }
    }

    /** Catches up if the wait is over, and looks again later while anything is still held back. */
    private synchronized void timerFired() {
        timerSet = false;
        var atLeast = Duration.ZERO;
        try {
            catchUp();
        } catch (RuntimeException storeDown) {
            LOG.log(Level.WARNING, "room " + room + " could not catch up and tries again", storeDown);
            atLeast = GAP_WAIT;
        }
        if (waiting()) {
            var rest = Duration.between(time.now(), waitingSince.plus(GAP_WAIT));
            setTimer(rest.compareTo(atLeast) > 0 ? rest : atLeast);
        }
    }

    private static OptionalLong rosterSeqOf(DomainEvent event) {
        if (event instanceof MemberJoined joined) {
            return OptionalLong.of(joined.seq());
        }
        if (event instanceof MemberLeft left) {
            return OptionalLong.of(left.seq());
        }
        return OptionalLong.empty();
    }

    private void deliver(DomainEvent event) {
        try {
            listener.accept(event);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a follower of room " + room + " failed", e);
        }
    }
}
