package io.parlor.application.bridge;

import io.parlor.application.membership.port.out.Shops;
import io.parlor.application.reservation.port.out.ShopDirectory;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.Role;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.ShopProfile;
import java.util.Optional;

/**
 * What reservation needs to know of shops, read from membership's store of them: the time zone
 * and slot grid, the owner, and the designers. Every answer reads the latest committed shop.
 */
public final class MembershipShopDirectory implements ShopDirectory {

    private final Shops shops;

    public MembershipShopDirectory(Shops shops) {
        this.shops = shops;
    }

    @Override
    public Optional<ShopProfile> profile(ShopId shop) {
        return shops.findById(shop).map(found -> {
            var state = found.state();
            return new ShopProfile(state.id(), state.timeZone(), state.slotMinutes().value());
        });
    }

    @Override
    public boolean isOwner(ShopId shop, MemberId member) {
        return roleIn(shop, member).filter(Role.OWNER::equals).isPresent();
    }

    @Override
    public boolean isDesigner(ShopId shop, MemberId member) {
        return roleIn(shop, member).filter(Role.DESIGNER::equals).isPresent();
    }

    @Override
    public boolean isStaff(ShopId shop, MemberId member) {
        return roleIn(shop, member).isPresent();
    }

    private Optional<Role> roleIn(ShopId shop, MemberId member) {
        return shops.findById(shop).flatMap(found -> found.staffRoleOf(member));
    }
}
