package io.parlor.domain.membership;

import java.time.Instant;
import java.util.Optional;
import org.jmolecules.event.types.DomainEvent;

/**
 * An administrator blocked a member: its sessions must end now (close its sockets, tell its
 * event streams, refuse its access tokens).
 *
 * @param until empty for a permanent block
 */
public record MemberBlocked(MemberId member, String reason, Optional<Instant> until, Instant blockedAt)
        implements DomainEvent {
}
