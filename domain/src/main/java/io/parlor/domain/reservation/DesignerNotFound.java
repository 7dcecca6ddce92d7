package io.parlor.domain.reservation;

import io.parlor.domain.shared.DomainError;

/** The member is neither a designer nor the owner of the shop, so it cannot be booked. */
public final class DesignerNotFound extends DomainError {

    public DesignerNotFound() {
        super("designer-not-found", Kind.NOT_FOUND, "no such designer in this shop");
    }
}
