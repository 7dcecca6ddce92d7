package io.parlor.domain.membership;

import io.parlor.domain.shared.DomainError;

/** Another live account already uses this email address. */
public final class EmailTaken extends DomainError {

    public EmailTaken() {
        super("email-taken", Kind.CONFLICT, "this email address is already registered");
    }
}
