package io.parlor.domain.membership;

import java.time.Instant;
import org.jmolecules.event.types.DomainEvent;

/** A member chose a new password (after a temporary one, too); its owner should hear of it. */
public record PasswordChanged(MemberId member, Instant changedAt) implements DomainEvent {
}
