package io.parlor.domain.membership;

import io.parlor.domain.shared.DomainError;

/** The email and password do not match an account (deliberately silent about which one is wrong). */
public final class InvalidCredentials extends DomainError {

    public InvalidCredentials() {
        super("invalid-credentials", Kind.UNAUTHENTICATED, "the email or the password is wrong");
    }
}
