package io.parlor.domain.membership;

import java.time.Instant;
import org.jmolecules.event.types.DomainEvent;

/** An administrator lifted a member's block; the member must log in again. */
public record MemberUnblocked(MemberId member, Instant unblockedAt) implements DomainEvent {
}
