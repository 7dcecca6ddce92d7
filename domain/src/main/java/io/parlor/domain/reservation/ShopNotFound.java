package io.parlor.domain.reservation;

import io.parlor.domain.shared.DomainError;

/** No shop has this id. */
public final class ShopNotFound extends DomainError {

    public ShopNotFound() {
        super("shop-not-found", Kind.NOT_FOUND, "no such shop");
    }
}
