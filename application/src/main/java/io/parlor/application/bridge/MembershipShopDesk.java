package io.parlor.application.bridge;

import io.parlor.application.membership.port.in.CustomerAudience;
import io.parlor.application.membership.port.out.Shops;
import io.parlor.application.notification.port.out.ShopDesk;
import io.parlor.application.notification.port.out.ShopFacts;
import io.parlor.domain.membership.GroupId;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Shop messaging's view of shops and customer groups, read from membership. */
public final class MembershipShopDesk implements ShopDesk {

    private final Shops shops;
    private final Supplier<CustomerAudience> audience;

    public MembershipShopDesk(Shops shops, Supplier<CustomerAudience> audience) {
        this.shops = shops;
        this.audience = audience;
    }

    @Override
    public Optional<ShopFacts> shop(ShopId id) {
        return shops.findById(id).map(shop -> {
            var state = shop.state();
            return new ShopFacts(state.id(), state.name().value(), state.timeZone(), state.owner(), state.designers());
        });
    }

    @Override
    public List<ShopId> staffedBy(MemberId member) {
        return shops.staffedBy(member);
    }

    @Override
    public List<MemberId> recipients(ShopId shop, GroupId group) {
        return audience.get().recipients(shop, group);
    }
}
