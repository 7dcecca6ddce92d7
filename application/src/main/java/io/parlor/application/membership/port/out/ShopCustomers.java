package io.parlor.application.membership.port.out;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import java.time.Instant;
import java.util.Optional;

/** Which members came to which shop (by logging in through the shop's link). */
public interface ShopCustomers {

    /**
     * Records {@code member} as a customer of {@code shop} since {@code at}; idempotent, the
     * first instant is kept. Safe under concurrency (insert-if-absent).
     *
     * @return whether the member was not a customer of the shop before
     */
    boolean register(ShopId shop, MemberId member, Instant at);

    /** Since when {@code member} is a customer of {@code shop}, if it is one. */
    Optional<Instant> customerSince(ShopId shop, MemberId member);
}
