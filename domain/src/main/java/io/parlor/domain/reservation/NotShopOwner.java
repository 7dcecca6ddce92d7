package io.parlor.domain.reservation;

import io.parlor.domain.shared.DomainError;

/** Only the owner of the shop may do this. */
public final class NotShopOwner extends DomainError {

    public NotShopOwner() {
        super("not-shop-owner", Kind.FORBIDDEN, "only the owner of the shop may do this");
    }
}
