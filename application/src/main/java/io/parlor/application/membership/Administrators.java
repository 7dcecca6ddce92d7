package io.parlor.application.membership;

import io.parlor.application.membership.port.out.Members;
import io.parlor.domain.membership.AdminOnly;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.MemberStatus;
import io.parlor.domain.membership.Role;
import java.time.Instant;

/** Checks the stored roles (not a token's) of whoever claims to act as administrator. */
final class Administrators {

    private final Members members;

    Administrators(Members members) {
        this.members = members;
    }

    /** @throws AdminOnly unless {@code actor} is an administrator that is neither blocked nor withdrawn */
    void require(MemberId actor, Instant now) {
        boolean admin = members.findById(actor)
                .filter(m -> m.roles().contains(Role.ADMIN))
                .map(m -> m.statusAt(now))
                .filter(status -> status == MemberStatus.ACTIVE || status == MemberStatus.LOCKED)
                .isPresent();
        if (!admin) {
            throw new AdminOnly();
        }
    }
}
