package io.parlor.domain.chat;

import io.parlor.domain.membership.MemberId;
import java.time.Instant;
import org.jmolecules.event.types.DomainEvent;

/** A member is typing in a room; transient, never stored. */
public record MemberTyping(RoomId room, MemberId member, Instant at) implements DomainEvent {
}
