package io.parlor.domain.membership;

import io.parlor.domain.shared.DomainError;

/** An administrator blocked the account. */
public final class AccountBlocked extends DomainError {

    public AccountBlocked() {
        super("account-blocked", Kind.FORBIDDEN, "the account is blocked");
    }
}
