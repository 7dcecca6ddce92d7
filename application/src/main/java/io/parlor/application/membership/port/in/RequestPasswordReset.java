package io.parlor.application.membership.port.in;

import io.parlor.domain.membership.Email;
import java.util.Objects;

/**
 * Mails a temporary password to a registered address; does nothing, silently, for any other.
 * The own password keeps working until it is changed.
 */
public interface RequestPasswordReset {

    /** @throws io.parlor.domain.membership.TooManyRequests within the cool-down of the address */
    void request(Command command);

    record Command(Email email) {
        public Command {
            Objects.requireNonNull(email, "email");
        }
    }
}
