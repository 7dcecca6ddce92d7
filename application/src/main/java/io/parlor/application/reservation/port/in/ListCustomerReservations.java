package io.parlor.application.reservation.port.in;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.shared.ShopNotFound;
import java.util.List;
import java.util.Objects;

/** A shop's owner or designer looks at one customer's reservations at the shop, for its history. */
public interface ListCustomerReservations {

    /** The most a history shows. */
    int MAX = 100;

    /**
     * @return the customer's reservations at this shop only, latest start first, at most {@value #MAX}
     * @throws io.parlor.domain.shared.ShopNotFound for an unknown shop
     * @throws io.parlor.domain.reservation.NotShopStaff unless {@code viewer} is the owner or a designer
     */
    List<ReservationView> list(Query query);

    record Query(MemberId viewer, ShopId shop, MemberId customer) {
        public Query {
            Objects.requireNonNull(viewer, "viewer");
            Objects.requireNonNull(shop, "shop");
            Objects.requireNonNull(customer, "customer");
        }
    }
}
