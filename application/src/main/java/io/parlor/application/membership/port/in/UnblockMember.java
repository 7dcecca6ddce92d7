package io.parlor.application.membership.port.in;

import io.parlor.domain.membership.MemberId;
import java.util.Objects;

/** An administrator lifts a block; {@code MemberUnblocked} is published if there was one. */
public interface UnblockMember {

    /**
     * @throws io.parlor.domain.membership.AdminOnly unless {@code admin} is an administrator
     * @throws io.parlor.domain.membership.MemberNotFound for an unknown member
     */
    MemberView unblock(Command command);

    record Command(MemberId admin, MemberId member) {
        public Command {
            Objects.requireNonNull(admin, "admin");
            Objects.requireNonNull(member, "member");
        }
    }
}
