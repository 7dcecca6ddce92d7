package io.parlor.domain.membership;

import io.parlor.domain.shared.DomainError;

/** A group holds only members who are customers of its shop. */
public final class NotACustomer extends DomainError {

    public NotACustomer() {
        super("not-a-customer", Kind.UNPROCESSABLE, "only the shop's customers can join its groups");
    }
}
