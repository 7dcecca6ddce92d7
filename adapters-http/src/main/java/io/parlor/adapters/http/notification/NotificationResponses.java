package io.parlor.adapters.http.notification;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.parlor.adapters.http.chat.ChatResponses.MessageResponse;
import io.parlor.application.notification.port.in.ListNotifications;
import io.parlor.application.notification.port.in.StreamEvent;
import io.parlor.domain.notification.Notification;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The notification JSON of API.md, and the pages and stream events that carry it. */
final class NotificationResponses {

    private NotificationResponses() {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record NotificationResponse(String id, String type, String title, String body, Map<String, String> data,
                                String createdAt, @Nullable String readAt) {

        static NotificationResponse of(Notification notification) {
            return new NotificationResponse(notification.id().toString(), notification.type().name(),
                    notification.title(), notification.body(), new TreeMap<>(notification.data()),
                    notification.createdAt().toString(), notification.readAt().map(Object::toString).orElse(null));
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PageResponse(List<NotificationResponse> items, @Nullable String nextCursor, long unreadCount) {

        static PageResponse of(ListNotifications.Page page) {
            return new PageResponse(page.items().stream().map(NotificationResponse::of).toList(),
                    page.nextCursor().orElse(null), page.unreadCount());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RoomUpdatedResponse(String roomId, @Nullable MessageResponse lastMessage, long unreadCount) {

        static RoomUpdatedResponse of(StreamEvent.RoomChanged changed) {
            return new RoomUpdatedResponse(changed.room().toString(),
                    changed.lastMessage().map(MessageResponse::of).orElse(null), changed.unreadCount());
        }
    }

    @Serdeable
    record MemberStatusResponse(String memberId, String status) {
    }
}
