package io.parlor.application.membership.port.in;

import io.parlor.domain.membership.Email;
import java.util.Objects;

/** Lifts a lockout at once with the {@code UNLOCK} code mailed to the member. */
public interface Unlock {

    /** @throws io.parlor.domain.membership.InvalidCode for a wrong, expired, used or superseded code */
    void unlock(Command command);

    record Command(Email email, String code) {
        public Command {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(code, "code");
        }
    }
}
