package io.parlor.domain.membership;

import io.parlor.domain.shared.DomainError;

/** A chosen password does not meet the policy of {@link Password#chosen(String)}. */
public final class WeakPassword extends DomainError {

    public WeakPassword(String detail) {
        super("weak-password", Kind.INVALID, "the password " + detail);
    }
}
