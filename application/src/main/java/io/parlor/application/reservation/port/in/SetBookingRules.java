package io.parlor.application.reservation.port.in;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.BookingRules;
import io.parlor.domain.shared.NotShopOwner;
import io.parlor.domain.shared.ShopNotFound;
import java.util.Objects;

/** A shop's owner sets its minimum notice, booking horizon and customers' cancellation cut-off. */
public interface SetBookingRules {

    /**
     * @return the rules now in force
     * @throws io.parlor.domain.shared.ShopNotFound for an unknown shop
     * @throws io.parlor.domain.shared.NotShopOwner unless {@code owner} owns the shop
     */
    BookingRules set(Command command);

    record Command(MemberId owner, ShopId shop, BookingRules rules) {
        public Command {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(shop, "shop");
            Objects.requireNonNull(rules, "rules");
        }
    }
}
