package io.parlor.application.reservation.port.in;

import io.parlor.domain.membership.ShopId;
import io.parlor.domain.shared.ShopNotFound;
import java.util.List;
import java.util.Objects;

/** Anyone lists the services of a shop, to choose what to book. */
public interface ListServices {

    /**
     * @return the shop's services in the order they were added
     * @throws io.parlor.domain.shared.ShopNotFound for an unknown shop
     */
    List<ServiceView> list(Query query);

    record Query(ShopId shop) {
        public Query {
            Objects.requireNonNull(shop, "shop");
        }
    }
}
