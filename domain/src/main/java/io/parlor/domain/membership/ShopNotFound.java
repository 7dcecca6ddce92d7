package io.parlor.domain.membership;

import io.parlor.domain.shared.DomainError;

/** No shop has this id or login-link code. */
public final class ShopNotFound extends DomainError {

    public ShopNotFound() {
        super("shop-not-found", Kind.NOT_FOUND, "no such shop");
    }
}
