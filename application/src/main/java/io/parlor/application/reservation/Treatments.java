package io.parlor.application.reservation;

import io.parlor.application.reservation.port.out.Catalog;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.BookableService;
import io.parlor.domain.reservation.ServiceId;
import io.parlor.domain.reservation.ServiceNotFound;
import io.parlor.domain.reservation.Treatment;
import io.parlor.domain.shared.InvalidValue;
import java.util.ArrayList;
import java.util.List;

/** Reads the services a request names from the {@link Catalog}. */
final class Treatments {

    private final Catalog catalog;

    Treatments(Catalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @throws ServiceNotFound for an id naming no service of {@code shop}
     * @throws InvalidValue for no service, too many, or one named twice
     */
    Treatment load(ShopId shop, List<ServiceId> ids) {
        if (ids.isEmpty() || ids.size() > Treatment.MAX_SERVICES) {
            throw new InvalidValue("serviceIds", "must name 1 to " + Treatment.MAX_SERVICES + " services");
        }
        var services = new ArrayList<BookableService>();
        for (ServiceId id : ids) {
            services.add(catalog.findById(id).filter(s -> s.shop().equals(shop)).orElseThrow(ServiceNotFound::new));
        }
        return Treatment.of(shop, services);
    }
}
