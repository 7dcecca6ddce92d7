package io.parlor.application.membership.port.in;

import io.parlor.domain.membership.CodePurpose;
import io.parlor.domain.membership.Email;
import io.parlor.domain.shared.InvalidValue;
import java.util.Objects;

/**
 * Mails a fresh one-time code when it serves a purpose (a pending verification, a lock in
 * force); otherwise does nothing, silently, so that nobody learns whether an address is
 * registered. The cool-down applies either way.
 */
public interface RequestEmailCode {

    /**
     * @throws io.parlor.domain.membership.TooManyRequests within the cool-down of the address and purpose
     */
    void request(Command command);

    /** @param purpose {@code VERIFY} or {@code UNLOCK} */
    record Command(Email email, CodePurpose purpose) {
        public Command {
            Objects.requireNonNull(email, "email");
            if (purpose != CodePurpose.VERIFY && purpose != CodePurpose.UNLOCK) {
                throw new InvalidValue("purpose", "must be VERIFY or UNLOCK");
            }
        }
    }
}
