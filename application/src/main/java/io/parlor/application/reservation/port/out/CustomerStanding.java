package io.parlor.application.reservation.port.out;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;

/** Whether a shop takes reservations from a customer, which membership decides; implemented by the application's wiring. */
public interface CustomerStanding {

    /** Every customer may book everywhere: for a library user without a back office. */
    CustomerStanding EVERYONE_WELCOME = (shop, customer) -> false;

    /** Whether {@code shop} put {@code customer} in its blacklist. */
    boolean isBlacklisted(ShopId shop, MemberId customer);
}
