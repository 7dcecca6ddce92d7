package io.parlor.domain.membership;

import io.parlor.domain.shared.DomainError;

/** The shop has no group with this id. */
public final class GroupNotFound extends DomainError {

    public GroupNotFound() {
        super("group-not-found", Kind.NOT_FOUND, "no such group in this shop");
    }
}
