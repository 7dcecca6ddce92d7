package io.parlor.application.reservation.port.out;

import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.BookableService;
import io.parlor.domain.reservation.ServiceId;
import java.util.List;
import java.util.Optional;

/** The services shops offer. Services never change once added. */
public interface Catalog {

    /** Stores a new service. @throws IllegalStateException if its id is taken */
    void add(BookableService service);

    /** The service with this id, of whichever shop. */
    Optional<BookableService> findById(ServiceId id);

    /** Every service of {@code shop}, in the order they were added (ties by id). */
    List<BookableService> ofShop(ShopId shop);
}
