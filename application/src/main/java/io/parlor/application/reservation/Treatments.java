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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the services a request names from the {@link Catalog}. A service never changes once
 * offered (see {@link BookableService}), so one that was found is kept and not read again.
 */
final class Treatments {

    /** Beyond this many services the kept ones are dropped and read again as they are asked for. */
    private static final int MAX_KEPT = 50_000;

    private final Catalog catalog;
    private final Map<ServiceId, BookableService> kept = new ConcurrentHashMap<>();

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
            services.add(find(id).filter(s -> s.shop().equals(shop)).orElseThrow(ServiceNotFound::new));
        }
        return Treatment.of(shop, services);
    }

    private Optional<BookableService> find(ServiceId id) {
        var known = kept.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        var found = catalog.findById(id);
        found.ifPresent(service -> {
            if (kept.size() >= MAX_KEPT) {
                kept.clear();
            }
            kept.put(id, service);
        });
        return found;
    }
}
