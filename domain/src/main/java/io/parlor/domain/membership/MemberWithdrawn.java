package io.parlor.domain.membership;

import java.time.Instant;
import org.jmolecules.event.types.DomainEvent;

/** A member withdrew; its personal data is gone and its sessions must end. */
public record MemberWithdrawn(MemberId member, Instant withdrawnAt) implements DomainEvent {
}
