package io.parlor.application.notification;

import io.parlor.application.notification.port.out.ShopDesk;
import io.parlor.application.notification.port.out.ShopFacts;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.shared.NotShopOwner;
import io.parlor.domain.shared.ShopNotFound;

/** Lets a shop's staff in and tells everyone else that the shop does not exist. */
final class ShopGate {

    private final ShopDesk desk;

    ShopGate(ShopDesk desk) {
        this.desk = desk;
    }

    ShopFacts requireStaff(ShopId shop, MemberId actor) {
        var facts = desk.shop(shop).orElseThrow(ShopNotFound::new);
        if (!facts.isStaff(actor)) {
            throw new ShopNotFound();
        }
        return facts;
    }

    ShopFacts requireOwner(ShopId shop, MemberId actor) {
        var facts = requireStaff(shop, actor);
        if (!facts.owner().equals(actor)) {
            throw new NotShopOwner();
        }
        return facts;
    }
}
