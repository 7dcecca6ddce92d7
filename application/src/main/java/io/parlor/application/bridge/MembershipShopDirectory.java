package io.parlor.application.bridge;

import io.parlor.application.membership.port.out.Shops;
import io.parlor.application.reservation.port.out.ShopDirectory;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.Role;
import io.parlor.domain.membership.Shop;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.ShopProfile;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What reservation needs to know of shops, read from membership's store of them: the time zone
 * and slot grid, the owner, and the designers.
 *
 * <p>Every hold asks these questions, so what was read is kept. That is safe without any
 * invalidation because of what {@link Shop} allows: a shop never changes its zone, grid or
 * owner, and staff are only ever added. So a kept shop answers "profile" and "is staff" for
 * every member it already counts; only a member it does not count is read again, since that
 * member may have been added since. Should a shop ever lose staff or change its zone, this class
 * must learn of it first.
 */
public final class MembershipShopDirectory implements ShopDirectory {

    /** Beyond this many shops the kept ones are dropped and read again as they are asked for. */
    private static final int MAX_KEPT = 10_000;

    private record Kept(ShopProfile profile, Shop shop) {
    }

    private final Shops shops;
    private final Map<ShopId, Kept> kept = new ConcurrentHashMap<>();

    public MembershipShopDirectory(Shops shops) {
        this.shops = shops;
    }

    @Override
    public Optional<ShopProfile> profile(ShopId shop) {
        var known = kept.get(shop);
        return known != null ? Optional.of(known.profile()) : read(shop).map(Kept::profile);
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
        var known = kept.get(shop);
        var role = known == null ? Optional.<Role>empty() : known.shop().staffRoleOf(member);
        return role.isPresent() ? role : read(shop).flatMap(fresh -> fresh.shop().staffRoleOf(member));
    }

    private Optional<Kept> read(ShopId id) {
        return shops.findById(id).map(shop -> {
            var state = shop.state();
            var fresh = new Kept(new ShopProfile(state.id(), state.timeZone(), state.slotMinutes().value()), shop);
            if (kept.size() >= MAX_KEPT) {
                kept.clear();
            }
            kept.put(id, fresh);
            return fresh;
        });
    }
}
