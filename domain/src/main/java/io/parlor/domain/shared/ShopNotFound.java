package io.parlor.domain.shared;

/** No shop has this id or login-link code; membership and reservation both refuse with it. */
public final class ShopNotFound extends DomainError {

    public ShopNotFound() {
        super("shop-not-found", Kind.NOT_FOUND, "no such shop");
    }
}
