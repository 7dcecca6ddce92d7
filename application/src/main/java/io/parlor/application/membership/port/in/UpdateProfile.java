package io.parlor.application.membership.port.in;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.MemberName;
import java.util.Objects;
import java.util.Optional;

/** Changes a member's name and phone; an absent field is left as it is. */
public interface UpdateProfile {

    /**
     * @throws io.parlor.domain.membership.MemberNotFound for an unknown member
     * @throws io.parlor.domain.membership.AccountWithdrawn for a withdrawn member
     * @throws io.parlor.domain.shared.InvalidValue for a malformed phone
     */
    MemberView update(Command command);

    /** @param phone a blank phone removes the stored one */
    record Command(MemberId member, Optional<MemberName> name, Optional<String> phone) {
        public Command {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(phone, "phone");
        }
    }
}
