package io.parlor.adapters.http.notification;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.parlor.application.notification.port.in.ChangeNotifications;
import io.parlor.application.notification.port.in.FollowNotifications;
import io.parlor.application.notification.port.in.ListNotifications;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.notification.Notification;
import io.parlor.domain.notification.NotificationId;
import io.parlor.domain.notification.NotificationNotFound;
import io.parlor.domain.notification.NotificationType;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Stands in for the notification use cases: one known notification ({@link #KNOWN}, owned by
 * whoever asks), every other id not found; each stream opened is handed to the test.
 */
@Factory
@Requires(property = "spec.name", value = "NotificationHttpTest")
class StubNotifications {

    static final NotificationId KNOWN = new NotificationId(UUID.fromString("0192f3a0-0000-7000-8000-00000000000a"));
    static final AtomicReference<ListNotifications.Query> LAST_QUERY = new AtomicReference<>();
    static final BlockingQueue<Opened> OPENED = new LinkedBlockingQueue<>();

    static Notification notification(MemberId owner) {
        return Notification.stored(KNOWN, owner, 7, NotificationType.CHAT_UNREAD, "Unread messages",
                "2 messages are waiting for you.", Map.of("roomId", "r-1"), Instant.parse("2026-11-21T09:30:00Z"),
                Optional.empty());
    }

    /** A stream the controller opened, with the command it gave and the listener it waits on. */
    record Opened(FollowNotifications.Command command, FollowNotifications.Listener listener, AtomicBoolean closed) {
    }

    @Singleton
    ListNotifications list() {
        return query -> {
            LAST_QUERY.set(query);
            return new ListNotifications.Page(List.of(notification(query.member())), Optional.of("7"), 1);
        };
    }

    @Singleton
    ChangeNotifications change() {
        return new ChangeNotifications() {
            @Override
            public void markRead(MemberId member, Optional<NotificationId> id) {
                id.filter(KNOWN::equals).or(() -> id.isEmpty() ? Optional.of(KNOWN) : Optional.empty())
                        .orElseThrow(NotificationNotFound::new);
            }

            @Override
            public void delete(MemberId member, Optional<NotificationId> id) {
                markRead(member, id);
            }
        };
    }

    @Singleton
    FollowNotifications follow() {
        return (command, listener) -> {
            var closed = new AtomicBoolean();
            OPENED.add(new Opened(command, listener, closed));
            return new FollowNotifications.Stream() {
                @Override
                public void catchUp() {
                }

                @Override
                public void close() {
                    closed.set(true);
                }
            };
        };
    }
}
