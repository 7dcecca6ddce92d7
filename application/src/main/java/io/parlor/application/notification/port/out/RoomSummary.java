package io.parlor.application.notification.port.out;

import io.parlor.domain.chat.MessagePosted;
import io.parlor.domain.chat.RoomId;
import java.util.Optional;

/**
 * A room as one of its current members sees it in its room list.
 *
 * @param readSeq the last {@code seq} the member has read (0 before it read anything)
 */
public record RoomSummary(RoomId room, Optional<String> name, Optional<MessagePosted> lastMessage,
                          long unreadCount, long readSeq) {
}
