package io.parlor.application.notification.port.in;

import io.parlor.domain.chat.MessagePosted;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.notification.Notification;
import java.util.Optional;

/**
 * What a member's event stream shows. Each has a stream {@code id}: a notification's is its
 * number, any other event's is the number of the last notification before it plus a suffix
 * ({@code 12.3}), so that a stream resumed from any id replays every notification after it.
 */
public sealed interface StreamEvent {

    String id();

    record NotificationShown(String id, Notification notification) implements StreamEvent {
    }

    record RoomChanged(String id, RoomId room, Optional<MessagePosted> lastMessage, long unreadCount)
            implements StreamEvent {
    }

    /** The member was blocked ({@code BLOCKED}) or withdrew ({@code WITHDRAWN}); the stream ends after this. */
    record StatusChanged(String id, MemberId member, String status) implements StreamEvent {
    }
}
