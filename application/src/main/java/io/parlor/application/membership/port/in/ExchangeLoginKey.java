package io.parlor.application.membership.port.in;

import java.util.Objects;

/**
 * Exchanges a login key from {@link CompleteSocialLogin} for tokens, once. Through a shop's link
 * the member also becomes a customer of that shop.
 */
public interface ExchangeLoginKey {

    /**
     * @throws io.parlor.domain.membership.InvalidToken for an unknown, expired or already used key
     * @throws io.parlor.domain.membership.AccountBlocked, AccountWithdrawn if the member may not log in
     */
    Tokens exchange(Command command);

    record Command(String loginKey) {
        public Command {
            Objects.requireNonNull(loginKey, "loginKey");
        }
    }
}
