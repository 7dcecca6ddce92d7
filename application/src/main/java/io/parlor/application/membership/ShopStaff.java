package io.parlor.application.membership;

import io.parlor.application.membership.port.out.Shops;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.Shop;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.shared.NotShopOwner;
import io.parlor.domain.shared.ShopNotFound;

/** Lets a shop's staff in and tells everyone else that the shop does not exist. */
final class ShopStaff {

    private final Shops shops;

    ShopStaff(Shops shops) {
        this.shops = shops;
    }

    /** @throws ShopNotFound for an unknown shop or a member not on its staff */
    Shop requireStaff(ShopId id, MemberId actor) {
        var shop = shops.findById(id).orElseThrow(ShopNotFound::new);
        if (shop.staffRoleOf(actor).isEmpty()) {
            throw new ShopNotFound();
        }
        return shop;
    }

    /** As {@link #requireStaff}, and {@code NotShopOwner} for a designer. */
    Shop requireOwner(ShopId id, MemberId actor) {
        var shop = requireStaff(id, actor);
        shop.requireOwner(actor);
        return shop;
    }
}
