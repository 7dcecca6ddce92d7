package io.parlor.domain.chat;

import io.parlor.domain.membership.MemberId;
import java.time.Instant;
import java.util.Optional;

/**
 * A message was stored in a room's timeline; it carries every field of the message, so that
 * subscribers deliver it without reading the store. Never raised for a replayed post.
 */
public record MessagePosted(MessageId id, RoomId room, long seq, MemberId sender, MessageType type, String text,
        Optional<AttachmentId> attachment, Optional<String> clientMessageId, Instant sentAt) implements RoomEvent {
}
