package io.parlor.domain.membership;

import io.parlor.domain.shared.DomainError;

/** No member has this id. */
public final class MemberNotFound extends DomainError {

    public MemberNotFound() {
        super("member-not-found", Kind.NOT_FOUND, "no such member");
    }
}
