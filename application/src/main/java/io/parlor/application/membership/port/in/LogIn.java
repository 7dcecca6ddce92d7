package io.parlor.application.membership.port.in;

import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.ShopCode;
import io.parlor.domain.shared.ShopNotFound;
import java.util.Objects;
import java.util.Optional;

/**
 * Exchanges email and password for tokens. Through a shop's link ({@code shopCode}) the member
 * also becomes a customer of that shop.
 */
public interface LogIn {

    /**
     * @throws io.parlor.domain.shared.ShopNotFound for an unknown shop code
     * @throws io.parlor.domain.membership.AccountLocked while locked, before the password is checked
     * @throws io.parlor.domain.membership.InvalidCredentials for an unknown email or a wrong password
     * @throws io.parlor.domain.membership.AccountBlocked, AccountWithdrawn, EmailNotVerified by status
     */
    Tokens logIn(Command command);

    record Command(Email email, String password, Optional<ShopCode> shopCode) {
        public Command {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(shopCode, "shopCode");
        }
    }
}
