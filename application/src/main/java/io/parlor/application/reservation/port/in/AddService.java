package io.parlor.application.reservation.port.in;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.Price;
import io.parlor.domain.reservation.ServiceName;
import io.parlor.domain.shared.NotShopOwner;
import io.parlor.domain.shared.ShopNotFound;
import java.util.Objects;

/** A shop's owner adds a service customers can book. */
public interface AddService {

    /**
     * @throws io.parlor.domain.shared.ShopNotFound for an unknown shop
     * @throws io.parlor.domain.shared.NotShopOwner unless {@code owner} owns the shop
     * @throws io.parlor.domain.shared.InvalidValue for a duration or buffer out of range
     */
    ServiceView add(Command command);

    /** @param bufferMinutes time kept free after the service; 0 when the request has none */
    record Command(MemberId owner, ShopId shop, ServiceName name, int durationMinutes, Price price,
            int bufferMinutes) {
        public Command {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(shop, "shop");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(price, "price");
        }
    }
}
