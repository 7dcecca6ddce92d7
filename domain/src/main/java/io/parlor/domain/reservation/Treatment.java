package io.parlor.domain.reservation;

import io.parlor.domain.membership.ShopId;
import io.parlor.domain.shared.InvalidValue;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The services one reservation combines, in the order given: their durations and prices add
 * up, and the buffer of the last one extends the time the designer is blocked.
 *
 * @param duration the time the customer is served: the sum of the services' durations
 * @param buffer   the buffer of the last service, kept free after {@code duration}
 */
@ValueObject
public record Treatment(List<ServiceId> services, Duration duration, Duration buffer, Price price) {

    /** Most services one reservation may combine. */
    public static final int MAX_SERVICES = 10;

    public Treatment {
        services = List.copyOf(services);
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(buffer, "buffer");
        Objects.requireNonNull(price, "price");
    }

    /**
     * The treatment made of {@code services}, all of {@code shop}.
     *
     * @throws InvalidValue (field {@code serviceIds}) when empty, longer than {@value #MAX_SERVICES},
     *                      naming a service twice, or mixing shops
     */
    public static Treatment of(ShopId shop, List<BookableService> services) {
        if (services.isEmpty() || services.size() > MAX_SERVICES) {
            throw new InvalidValue("serviceIds", "must name 1 to " + MAX_SERVICES + " services");
        }
        var seen = new HashSet<ServiceId>();
        var duration = Duration.ZERO;
        var price = Price.ZERO;
        for (BookableService service : services) {
            if (!seen.add(service.id()) || !service.shop().equals(shop)) {
                throw new InvalidValue("serviceIds", "must name distinct services of the shop");
            }
            duration = duration.plus(service.duration());
            price = price.plus(service.price());
        }
        var ids = services.stream().map(BookableService::id).toList();
        return new Treatment(ids, duration, services.get(services.size() - 1).buffer(), price);
    }

    /** The time from the start until the designer is free again: duration plus buffer. */
    public Duration blockedFor() {
        return duration.plus(buffer);
    }
}
