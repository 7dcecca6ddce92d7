package io.parlor.application.membership.port.in;

import io.parlor.domain.membership.Email;
import java.util.Objects;

/** Activates a pending member with the code mailed to it. */
public interface VerifyEmail {

    /**
     * @return the member, now {@code ACTIVE}
     * @throws io.parlor.domain.membership.InvalidCode for a wrong, expired, used or superseded code
     */
    MemberView verify(Command command);

    record Command(Email email, String code) {
        public Command {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(code, "code");
        }
    }
}
