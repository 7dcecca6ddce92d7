package io.parlor.application.notification;

import io.parlor.application.notification.port.in.RaiseNotification;
import io.parlor.application.notification.port.out.ChatRooms;
import io.parlor.application.shared.port.in.DeadlineHandler;
import io.parlor.domain.notification.NotificationType;
import java.util.Map;
import java.util.Optional;

/** Raises the {@code CHAT_UNREAD} notification of an episode, unless the member read on or left meanwhile. */
final class UnreadChatAlertService implements DeadlineHandler {

    private final ChatRooms rooms;
    private final RaiseNotification raise;

    UnreadChatAlertService(ChatRooms rooms, RaiseNotification raise) {
        this.rooms = rooms;
        this.raise = raise;
    }

    @Override
    public String kind() {
        return TrackUnreadChatService.KIND;
    }

    @Override
    public void run(String key, String payload) {
        var episode = UnreadEpisode.of(payload);
        var summary = rooms.summary(episode.room(), episode.member());
        if (summary.isEmpty() || summary.get().readSeq() >= episode.firstSeq() || summary.get().unreadCount() == 0) {
            return;
        }
        long unread = summary.get().unreadCount();
        var where = summary.get().name().map(name -> " in " + name).orElse("");
        raise.raise(new RaiseNotification.Command(episode.member(), NotificationType.CHAT_UNREAD,
                "Unread messages" + where,
                unread == 1 ? "1 message is waiting for you." : unread + " messages are waiting for you.",
                Map.of("roomId", episode.room().toString()),
                Optional.of(key + ":" + episode.firstSeq())));
    }
}
