package io.parlor.domain.chat;

import io.parlor.domain.membership.MemberId;
import java.time.Instant;

/** A member is typing in a room; transient, never stored. */
public record MemberTyping(RoomId room, MemberId member, Instant at) implements RoomEvent {
}
