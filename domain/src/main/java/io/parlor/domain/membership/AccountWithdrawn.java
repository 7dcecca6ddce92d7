package io.parlor.domain.membership;

import io.parlor.domain.shared.DomainError;

/** The account was withdrawn by its owner. */
public final class AccountWithdrawn extends DomainError {

    public AccountWithdrawn() {
        super("account-withdrawn", Kind.FORBIDDEN, "the account was withdrawn");
    }
}
