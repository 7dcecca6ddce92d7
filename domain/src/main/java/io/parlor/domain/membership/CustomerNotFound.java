package io.parlor.domain.membership;

import io.parlor.domain.shared.DomainError;

/** The member is no customer of the shop, or the caller may not see the shop's customers. */
public final class CustomerNotFound extends DomainError {

    public CustomerNotFound() {
        super("customer-not-found", Kind.NOT_FOUND, "no such customer of this shop");
    }
}
