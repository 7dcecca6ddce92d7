package io.parlor.domain.reservation;

import io.parlor.domain.shared.DomainError;

/** Only the owner or a designer of the shop may do this. */
public final class NotShopStaff extends DomainError {

    public NotShopStaff() {
        super("not-shop-staff", Kind.FORBIDDEN, "only the staff of the shop may do this");
    }
}
