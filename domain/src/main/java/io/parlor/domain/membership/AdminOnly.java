package io.parlor.domain.membership;

import io.parlor.domain.shared.DomainError;

/** Only an administrator may do this. */
public final class AdminOnly extends DomainError {

    public AdminOnly() {
        super("admin-only", Kind.FORBIDDEN, "only an administrator may do this");
    }
}
