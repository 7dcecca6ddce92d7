package io.parlor.application.membership.port.in;

import io.parlor.domain.membership.MemberId;
import java.util.Objects;

/**
 * Closes a member's account for good: personal data is erased, every session ends, and later
 * logins with the old email answer {@code account-withdrawn}.
 */
public interface Withdraw {

    /**
     * @throws io.parlor.domain.membership.InvalidCredentials if the password is wrong
     * @throws io.parlor.domain.membership.AccountWithdrawn if already withdrawn
     * @throws io.parlor.domain.membership.MemberNotFound for an unknown member
     */
    void withdraw(Command command);

    record Command(MemberId member, String password) {
        public Command {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(password, "password");
        }
    }
}
