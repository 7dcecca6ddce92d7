package io.parlor.domain.chat;

import io.parlor.domain.membership.MemberId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A message before its room's timeline numbered it: everything but the {@code seq}. */
public record MessageDraft(MessageId id, RoomId room, MemberId sender, MessageContent content,
        Optional<ClientMessageId> clientMessageId, Instant sentAt) {

    public MessageDraft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(clientMessageId, "clientMessageId");
        Objects.requireNonNull(sentAt, "sentAt");
    }

    /** The {@code SYSTEM} message recording {@code notice} about {@code member}. */
    public static MessageDraft notice(MessageId id, RoomId room, MemberId member, SystemNotice notice,
            Instant now) {
        return new MessageDraft(id, room, member, MessageContent.system(notice), Optional.empty(), now);
    }

    /** The key a retry of this draft repeats; empty for a draft without a {@code clientMessageId}. */
    public Optional<RetryKey> retryKey() {
        return clientMessageId.map(id -> new RetryKey(room, sender, id));
    }

    /** The stored message this draft becomes at {@code seq}. */
    public Message at(long seq) {
        return new Message(id, room, seq, sender, content, clientMessageId, sentAt);
    }
}
