package io.parlor.domain.chat;

import io.parlor.domain.membership.MemberId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored message: immutable once its room's timeline numbered it.
 *
 * @param seq             its place in the room, from 1, gap-free and strictly increasing
 * @param sender          the member who posted it; for {@code SYSTEM} messages the member the
 *                        notice is about
 * @param clientMessageId the sender's retry key; empty for {@code SYSTEM} messages
 */
public record Message(MessageId id, RoomId room, long seq, MemberId sender, MessageContent content,
        Optional<ClientMessageId> clientMessageId, Instant sentAt) {

    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(room, "room");
        if (seq < 1) {
            throw new IllegalArgumentException("seq starts at 1: " + seq);
        }
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(clientMessageId, "clientMessageId");
        Objects.requireNonNull(sentAt, "sentAt");
    }

    /** The key a retry of this message repeats; empty for a {@code SYSTEM} message. */
    public Optional<RetryKey> retryKey() {
        return clientMessageId.map(id -> new RetryKey(room, sender, id));
    }

    /** The event announcing this message, with every field. */
    public MessagePosted posted() {
        return new MessagePosted(id, room, seq, sender, content.type(), content.text(), content.attachment(),
                clientMessageId.map(ClientMessageId::value), sentAt);
    }
}
