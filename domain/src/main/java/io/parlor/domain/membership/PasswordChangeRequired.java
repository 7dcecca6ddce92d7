package io.parlor.domain.membership;

import io.parlor.domain.shared.DomainError;

/** A session opened with a temporary password may do nothing but choose a new password. */
public final class PasswordChangeRequired extends DomainError {

    public PasswordChangeRequired() {
        super("password-change-required", Kind.FORBIDDEN, "change the temporary password first");
    }
}
