package io.parlor.domain.chat;

import io.parlor.domain.membership.MemberId;
import java.time.Instant;

/**
 * A member joined a group room, invited or rejoining.
 *
 * @param seq the {@code SYSTEM} message that records it in the room's timeline
 */
public record MemberJoined(RoomId room, MemberId member, long seq, Instant joinedAt) implements RoomEvent {
}
