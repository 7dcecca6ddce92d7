package io.parlor.application.membership.port.in;

import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.MemberName;
import java.util.Objects;

/**
 * Creates an administrator at start-up if no account has the email; an existing account of any
 * kind is left untouched (never promoted, its password never reset).
 */
public interface EnsureAdmin {

    /** @throws io.parlor.domain.membership.WeakPassword if a new administrator's password breaks the policy */
    Result ensure(Command command);

    record Command(Email email, String password, MemberName name) {
        public Command {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(name, "name");
        }
    }

    /** @param created whether this call created the account */
    record Result(MemberId member, boolean created) {
    }
}
