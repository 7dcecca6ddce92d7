package io.parlor.application.chat.port.in;

import io.parlor.domain.chat.Message;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.chat.RoomType;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A room as one of its members sees it.
 *
 * @param memberIds   the current members, in the order they joined
 * @param unreadCount messages after the viewer's read mark that the viewer did not send
 */
public record RoomView(RoomId id, RoomType type, Optional<String> name, Optional<ShopId> shop,
        Set<MemberId> memberIds, Optional<Message> lastMessage, long unreadCount, Instant createdAt) {

    /** When the room last saw a message, or its creation while it has none. */
    public Instant lastActivityAt() {
        return lastMessage.map(Message::sentAt).orElse(createdAt);
    }
}
