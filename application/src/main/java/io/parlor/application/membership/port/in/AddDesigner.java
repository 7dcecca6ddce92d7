package io.parlor.application.membership.port.in;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.shared.NotShopOwner;
import io.parlor.domain.shared.ShopNotFound;
import java.util.Objects;

/** A shop's owner makes an active member a designer of the shop. */
public interface AddDesigner {

    /**
     * @return whether the designer was not on the staff before
     * @throws io.parlor.domain.shared.ShopNotFound for an unknown shop
     * @throws io.parlor.domain.shared.NotShopOwner unless {@code owner} owns the shop
     * @throws io.parlor.domain.membership.MemberNotFound for an unknown designer
     * @throws io.parlor.domain.membership.AccountBlocked, AccountWithdrawn, EmailNotVerified if the designer is not active
     */
    boolean add(Command command);

    record Command(MemberId owner, ShopId shop, MemberId designer) {
        public Command {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(shop, "shop");
            Objects.requireNonNull(designer, "designer");
        }
    }
}
