package io.parlor.domain.membership;

import io.parlor.domain.shared.DomainError;

/**
 * A social login came back with a {@code state} that this server did not hand out for it, that
 * expired or that was already used: the login is refused before anything else happens.
 */
public final class InvalidState extends DomainError {

    public InvalidState() {
        super("invalid-state", Kind.INVALID, "the login attempt is unknown, expired or already used");
    }
}
