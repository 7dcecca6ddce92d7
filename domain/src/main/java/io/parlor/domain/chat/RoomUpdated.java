package io.parlor.domain.chat;

import io.parlor.domain.membership.MemberId;
import java.time.Instant;
import java.util.Set;
import org.jmolecules.event.types.DomainEvent;

/**
 * The room lists of {@code members} changed for this room: a message was stored (all current
 * members), or one member's read mark moved (that member alone). Subscribers refresh the
 * room's {@code lastMessage} and {@code unreadCount} for those members.
 *
 * @param lastSeq the room's last {@code seq} when this was raised
 */
public record RoomUpdated(RoomId room, Set<MemberId> members, long lastSeq, Instant at) implements DomainEvent {
}
