package io.parlor.application.membership.port.in;

import io.parlor.domain.membership.MemberId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An administrator blocks a member, for good or until an instant: its refresh tokens are
 * revoked, its access tokens refused from the next request on, and {@code MemberBlocked} is
 * published.
 */
public interface BlockMember {

    /**
     * @throws io.parlor.domain.membership.AdminOnly unless {@code admin} is an administrator
     * @throws io.parlor.domain.membership.MemberNotFound for an unknown member
     * @throws io.parlor.domain.shared.InvalidValue for a blank reason or an {@code until} in the past
     */
    MemberView block(Command command);

    record Command(MemberId admin, MemberId member, String reason, Optional<Instant> until) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(until, "until");
        }
    }
}
