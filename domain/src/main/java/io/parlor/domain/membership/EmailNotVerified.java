package io.parlor.domain.membership;

import io.parlor.domain.shared.DomainError;

/** The account waits for its email address to be verified with an emailed code. */
public final class EmailNotVerified extends DomainError {

    public EmailNotVerified() {
        super("email-not-verified", Kind.FORBIDDEN, "the email address is not verified yet");
    }
}
