package io.parlor.domain.chat;

import io.parlor.domain.membership.MemberId;
import java.time.Instant;

/**
 * A member left a group room.
 *
 * @param seq the {@code SYSTEM} message that records it in the room's timeline
 */
public record MemberLeft(RoomId room, MemberId member, long seq, Instant leftAt) implements RoomEvent {
}
