package io.parlor.application.membership.port.in;

import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.MemberName;
import io.parlor.domain.membership.Phone;
import java.util.Objects;
import java.util.Optional;

/** Opens a customer account; mails the first verification code when verification is required. */
public interface SignUp {

    /**
     * @return the new member, {@code PENDING_VERIFICATION} or (without verification) {@code ACTIVE}
     * @throws io.parlor.domain.membership.WeakPassword if the password breaks the policy
     * @throws io.parlor.domain.membership.EmailTaken if the email is registered
     */
    MemberView signUp(Command command);

    record Command(Email email, String password, MemberName name, Optional<Phone> phone) {
        public Command {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(phone, "phone");
        }
    }
}
