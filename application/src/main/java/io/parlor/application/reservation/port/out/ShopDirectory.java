package io.parlor.application.reservation.port.out;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.ShopProfile;
import java.util.Optional;

/**
 * Facts about shops and their staff, which membership owns; implemented over membership by
 * the application's wiring. Answers reflect the latest committed state.
 */
public interface ShopDirectory {

    /** The shop's time zone and slot grid; empty for an unknown shop. */
    Optional<ShopProfile> profile(ShopId shop);

    /** Whether {@code member} owns {@code shop}; {@code false} for an unknown shop. */
    boolean isOwner(ShopId shop, MemberId member);

    /** Whether {@code member} was added as a designer of {@code shop}; {@code false} for an unknown shop. */
    boolean isDesigner(ShopId shop, MemberId member);

    /**
     * Whether {@code member} is the owner or a designer of {@code shop}: the two questions above
     * in one, which an implementation can answer with one read.
     */
    default boolean isStaff(ShopId shop, MemberId member) {
        return isOwner(shop, member) || isDesigner(shop, member);
    }
}
