package io.parlor.domain.reservation;

import io.parlor.domain.membership.ShopId;
import java.time.Duration;
import java.util.Objects;

/**
 * Every field of a {@link BookableService}, for storage adapters.
 *
 * @param duration how long the service takes, in whole minutes
 * @param buffer   time kept free after the service (cleaning, rest), in whole minutes, maybe zero
 */
public record ServiceState(ServiceId id, ShopId shop, ServiceName name, Duration duration, Price price,
        Duration buffer) {

    public ServiceState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shop, "shop");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(buffer, "buffer");
    }
}
