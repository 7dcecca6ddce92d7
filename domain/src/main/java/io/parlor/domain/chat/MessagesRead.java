package io.parlor.domain.chat;

import io.parlor.domain.membership.MemberId;
import java.time.Instant;

/** A member has read a room up to and including {@code seq}; raised only when its mark moved forward. */
public record MessagesRead(RoomId room, MemberId member, long seq, Instant readAt) implements RoomEvent {
}
