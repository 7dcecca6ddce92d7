package io.parlor.domain.membership;

import io.parlor.domain.shared.DomainError;

/** Group names are unique within a shop, compared without case. */
public final class GroupNameTaken extends DomainError {

    public GroupNameTaken() {
        super("group-name-taken", Kind.CONFLICT, "the shop already has a group with this name");
    }
}
