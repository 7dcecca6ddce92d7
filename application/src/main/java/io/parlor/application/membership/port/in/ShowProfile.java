package io.parlor.application.membership.port.in;

import io.parlor.domain.membership.MemberId;
import java.util.Objects;

/** A member's own profile. */
public interface ShowProfile {

    /** @throws io.parlor.domain.membership.MemberNotFound for an unknown member */
    MemberView show(Query query);

    record Query(MemberId member) {
        public Query {
            Objects.requireNonNull(member, "member");
        }
    }
}
