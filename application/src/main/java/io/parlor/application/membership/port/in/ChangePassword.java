package io.parlor.application.membership.port.in;

import io.parlor.domain.membership.MemberId;
import java.util.Objects;

/** Replaces a member's password; a pending temporary password is dropped. */
public interface ChangePassword {

    /**
     * @param command {@code currentPassword} may be the own password or an unexpired temporary one
     * @throws io.parlor.domain.membership.WeakPassword if the new password breaks the policy
     * @throws io.parlor.domain.membership.InvalidCredentials if the current password is wrong
     * @throws io.parlor.domain.membership.MemberNotFound for an unknown member
     */
    void change(Command command);

    record Command(MemberId member, String currentPassword, String newPassword) {
        public Command {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(currentPassword, "currentPassword");
            Objects.requireNonNull(newPassword, "newPassword");
        }
    }
}
