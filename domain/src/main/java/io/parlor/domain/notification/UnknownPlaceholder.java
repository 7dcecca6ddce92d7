package io.parlor.domain.notification;

import io.parlor.domain.shared.DomainError;

/** A template names a placeholder Parlor does not fill, or uses template syntax beyond plain placeholders. */
public final class UnknownPlaceholder extends DomainError {

    public UnknownPlaceholder(String detail) {
        super("unknown-placeholder", Kind.INVALID, detail);
    }
}
