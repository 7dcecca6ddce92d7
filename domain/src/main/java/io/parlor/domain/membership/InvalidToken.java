package io.parlor.domain.membership;

import io.parlor.domain.shared.DomainError;

/** The presented token is unknown, expired, revoked or was already used. */
public final class InvalidToken extends DomainError {

    public InvalidToken() {
        super("invalid-token", Kind.UNAUTHENTICATED, "the token is not valid");
    }
}
