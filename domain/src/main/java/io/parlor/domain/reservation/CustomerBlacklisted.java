package io.parlor.domain.reservation;

import io.parlor.domain.shared.DomainError;

/** The shop put the customer in its blacklist, so it cannot hold a slot there. */
public final class CustomerBlacklisted extends DomainError {

    public CustomerBlacklisted() {
        super("customer-blacklisted", Kind.FORBIDDEN, "this shop does not take reservations from you");
    }
}
