package io.parlor.application.notification;

import io.parlor.application.notification.port.out.ChatRooms;
import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.application.shared.port.out.Subscription;
import io.parlor.domain.chat.RoomUpdated;
import io.parlor.domain.membership.MemberBlocked;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.MemberWithdrawn;
import io.parlor.domain.notification.NotificationRaised;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.jmolecules.event.types.DomainEvent;

/**
 * The streams open on this instance, by member, fed from three topics of the bus. All stream work
 * runs on one thread of its own: bus handlers must return at once (the in-process bus calls them
 * on the thread that committed), and one thread keeps each stream's events in order.
 */
final class StreamHub implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(StreamHub.class.getName());

    private final Map<MemberId, Set<MemberStream>> streams = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        var thread = new Thread(runnable, "parlor-notification-streams");
        thread.setDaemon(true);
        return thread;
    });
    private final ChatRooms rooms;
    private final List<Subscription> subscriptions;

    StreamHub(DomainEventBus events, ChatRooms rooms) {
        this.rooms = rooms;
        this.subscriptions = List.of(
                events.subscribe(NotificationUseCases.TOPIC, this::onNotification),
                events.subscribe(NotificationUseCases.CHAT_TOPIC, this::onChat),
                events.subscribe(NotificationUseCases.MEMBERSHIP_TOPIC, this::onMembership));
    }

    void add(MemberStream stream) {
        streams.computeIfAbsent(stream.member(), m -> new CopyOnWriteArraySet<>()).add(stream);
        run(stream::replay);
    }

    void remove(MemberStream stream) {
        streams.computeIfPresent(stream.member(), (m, set) -> {
            set.remove(stream);
            return set.isEmpty() ? null : set;
        });
    }

    /** Runs {@code work} on the hub's thread; a failure is logged, never thrown at the bus. */
    void run(Runnable work) {
        try {
            worker.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "a notification stream failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.log(Level.DEBUG, "notification streams are closed");
        }
    }

    private void onNotification(DomainEvent event) {
        if (event instanceof NotificationRaised raised && streams.containsKey(raised.recipient())) {
            var notification = raised.notification();
            run(() -> of(raised.recipient()).forEach(stream -> stream.offer(notification)));
        }
    }

    private void onChat(DomainEvent event) {
        if (!(event instanceof RoomUpdated updated)) {
            return;
        }
        for (var member : updated.members()) {
            if (streams.containsKey(member)) {
                run(() -> rooms.summary(updated.room(), member)
                        .ifPresent(summary -> of(member).forEach(stream -> stream.roomChanged(summary))));
            }
        }
    }

    private void onMembership(DomainEvent event) {
        if (event instanceof MemberBlocked blocked) {
            run(() -> of(blocked.member()).forEach(stream -> stream.statusChanged("BLOCKED")));
        } else if (event instanceof MemberWithdrawn withdrawn) {
            run(() -> of(withdrawn.member()).forEach(stream -> stream.statusChanged("WITHDRAWN")));
        }
    }

    private Set<MemberStream> of(MemberId member) {
        return streams.getOrDefault(member, Set.of());
    }

    /** How many streams are open on this instance. */
    int open() {
        return streams.values().stream().mapToInt(Set::size).sum();
    }

    @Override
    public void close() {
        subscriptions.forEach(Subscription::close);
        worker.shutdownNow();
    }
}
