package io.parlor.application.notification;

import io.parlor.application.notification.inmemory.InMemoryDeliveries;
import io.parlor.application.notification.inmemory.InMemoryNotifications;
import io.parlor.application.notification.port.in.FollowNotifications;
import io.parlor.application.notification.port.in.StreamEvent;
import io.parlor.application.notification.port.out.ChatRooms;
import io.parlor.application.notification.port.out.Contact;
import io.parlor.application.notification.port.out.NotificationChannel;
import io.parlor.application.notification.port.out.RoomSummary;
import io.parlor.application.shared.Platform;
import io.parlor.application.shared.Scheduling;
import io.parlor.application.shared.inmemory.InMemoryDeadlines;
import io.parlor.application.shared.inmemory.InMemoryIdGenerator;
import io.parlor.application.shared.inmemory.InMemoryTimeSource;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.application.shared.inmemory.InProcessDomainEventBus;
import io.parlor.application.shared.port.in.RunDeadlines;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.notification.Channel;
import io.parlor.domain.notification.Notification;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** The real notification use cases over in-memory adapters, with a clock the test moves and channels it watches. */
final class NotificationFixture implements AutoCloseable {

    static final Instant START = Instant.parse("2026-11-21T09:30:00Z");

    final InMemoryTimeSource time = new InMemoryTimeSource(START);
    final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    final InMemoryNotifications notifications = new InMemoryNotifications(transactions);
    final InMemoryDeliveries deliveries = new InMemoryDeliveries(transactions);
    final InMemoryDeadlines deadlines = new InMemoryDeadlines(transactions);
    final InProcessDomainEventBus events = new InProcessDomainEventBus();
    final RecordingChannel email = new RecordingChannel(Channel.EMAIL);
    final RecordingChannel sms = new RecordingChannel(Channel.SMS);
    /** What chat would answer about a member's room; a missing entry is a room the member is not in. */
    final Map<String, RoomSummary> rooms = new ConcurrentHashMap<>();
    final NotificationUseCases useCases;
    final RunDeadlines runDeadlines;

    NotificationFixture() {
        this(NotificationSettings.defaults());
    }

    NotificationFixture(NotificationSettings settings) {
        ChatRooms chatRooms = (room, member) -> Optional.ofNullable(rooms.get(room + "/" + member));
        var ports = new NotificationPorts(platform(), notifications, deliveries, List.of(email, sms),
                member -> Optional.of(new Contact(member, "Ana", Optional.of("ana@example.com"),
                        Optional.of("+821012345678"))),
                chatRooms, deadlines);
        useCases = NotificationUseCases.wire(ports, settings);
        runDeadlines = Scheduling.runner(deadlines, transactions, time, useCases.deadlineHandlers(),
                Scheduling.Retries.defaults());
    }

    Platform platform() {
        return new Platform(transactions, events, time, new InMemoryIdGenerator());
    }

    static MemberId anyMember() {
        return new MemberId(UUID.randomUUID());
    }

    static RoomId anyRoom() {
        return new RoomId(UUID.randomUUID());
    }

    void inRoom(RoomId room, MemberId member, long readSeq, long unread) {
        rooms.put(room + "/" + member, new RoomSummary(room, Optional.of("Cuts"), Optional.empty(), unread, readSeq));
    }

    void leave(RoomId room, MemberId member) {
        rooms.remove(room + "/" + member);
    }

    /** Sends everything due in the outbox, until nothing is left. */
    void deliverAll() {
        while (useCases.deliver().deliverDue(100) > 0) {
            Thread.onSpinWait();
        }
    }

    @Override
    public void close() {
        useCases.close();
    }

    /** A channel that records what it was asked to send and fails while told to. */
    static final class RecordingChannel implements NotificationChannel {

        final Channel channel;
        final List<Notification> sent = new ArrayList<>();
        volatile int failuresLeft;
        volatile Function<Contact, Optional<String>> unreachable = contact -> Optional.empty();

        RecordingChannel(Channel channel) {
            this.channel = channel;
        }

        @Override
        public Channel channel() {
            return channel;
        }

        @Override
        public synchronized Optional<String> send(Contact contact, Notification notification) {
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new IllegalStateException("gateway answered 500");
            }
            var reason = unreachable.apply(contact);
            if (reason.isEmpty()) {
                sent.add(notification);
            }
            return reason;
        }
    }

    /** A stream listener that the test reads from, waiting for the hub's thread. */
    static final class Events implements FollowNotifications.Listener {

        final BlockingQueue<StreamEvent> queue = new LinkedBlockingQueue<>();
        volatile boolean ended;

        @Override
        public void event(StreamEvent event) {
            queue.add(event);
        }

        @Override
        public void ended() {
            ended = true;
        }

        StreamEvent next() {
            try {
                var event = queue.poll(10, TimeUnit.SECONDS);
                if (event == null) {
                    throw new AssertionError("no stream event came");
                }
                return event;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        /** Waits until the hub's thread has done everything queued before now, then lists what came. */
        List<StreamEvent> drained(NotificationUseCases useCases) {
            var done = new java.util.concurrent.CountDownLatch(1);
            useCases.onStreamThread(done::countDown);
            try {
                done.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            var all = new ArrayList<StreamEvent>();
            queue.drainTo(all);
            return all;
        }
    }

    static Duration hours(long n) {
        return Duration.ofHours(n);
    }
}
