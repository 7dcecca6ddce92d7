package io.parlor.application.reservation.port.out;

import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.BookingRules;
import java.util.Optional;

/** The booking rules shops set for themselves; a shop without any follows the defaults. */
public interface BookingPolicies {

    /** Stores the shop's rules, replacing earlier ones. */
    void put(ShopId shop, BookingRules rules);

    /** The rules the shop set; empty if it never did. */
    Optional<BookingRules> find(ShopId shop);
}
