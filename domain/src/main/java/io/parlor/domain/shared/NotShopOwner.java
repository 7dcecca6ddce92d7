package io.parlor.domain.shared;

/** Only the owner of the shop may do this; membership and reservation both refuse with it. */
public final class NotShopOwner extends DomainError {

    public NotShopOwner() {
        super("not-shop-owner", Kind.FORBIDDEN, "only the owner of the shop may do this");
    }
}
