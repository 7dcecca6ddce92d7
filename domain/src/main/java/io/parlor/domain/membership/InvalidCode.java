package io.parlor.domain.membership;

import io.parlor.domain.shared.DomainError;

/** The one-time code is wrong, expired, used, superseded or out of attempts. */
public final class InvalidCode extends DomainError {

    public InvalidCode() {
        super("invalid-code", Kind.INVALID, "the code is not valid");
    }
}
