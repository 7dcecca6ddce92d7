package io.parlor.application.notification;

import io.parlor.application.notification.port.in.FollowNotifications;
import io.parlor.application.notification.port.out.Notifications;
import java.util.Optional;

/** A stream without a resume point starts after the member's newest notification. */
final class FollowNotificationsService implements FollowNotifications {

    private final Notifications notifications;
    private final StreamHub hub;

    FollowNotificationsService(Notifications notifications, StreamHub hub) {
        this.notifications = notifications;
        this.hub = hub;
    }

    @Override
    public Stream follow(Command command, Listener listener) {
        long after = command.lastEventId().isPresent()
                ? StreamCursor.parse(command.lastEventId().get())
                : newest(command);
        var stream = new MemberStream(command.member(), after, listener, notifications, hub);
        hub.add(stream);
        return stream;
    }

    private long newest(Command command) {
        return notifications.newestFirst(command.member(), false, Optional.empty(), 1).stream()
                .mapToLong(n -> n.seq()).findFirst().orElse(0);
    }
}
