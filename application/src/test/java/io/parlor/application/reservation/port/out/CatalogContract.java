package io.parlor.application.reservation.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.BookableService;
import io.parlor.domain.reservation.Price;
import io.parlor.domain.reservation.ServiceId;
import io.parlor.domain.reservation.ServiceName;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link Catalog} store does. Each test uses fresh ids. */
public abstract class CatalogContract {

    protected abstract Catalog newSubject();

    /** A shop services may refer to; a relational subclass overrides it to create one first. */
    protected ShopId existingShop() {
        return new ShopId(UUID.randomUUID());
    }

    private static BookableService service(ShopId shop, String name, String price, int buffer) {
        return BookableService.offer(new ServiceId(UUID.randomUUID()), shop, new ServiceName(name), 45,
                new Price(new BigDecimal(price)), buffer);
    }

    @Test
    void readsBackEveryFieldPriceDecimalsIncluded() {
        var catalog = newSubject();
        var service = service(existingShop(), "Colour", "80.125", 15);

        catalog.add(service);

        assertThat(catalog.findById(service.id())).map(BookableService::state).contains(service.state());
        assertThat(catalog.findById(new ServiceId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void listsAShopsServicesInTheOrderAdded() {
        var catalog = newSubject();
        var shop = existingShop();
        var first = service(shop, "Cut", "25", 0);
        var second = service(shop, "Beard", "10", 5);
        catalog.add(first);
        catalog.add(service(existingShop(), "Elsewhere", "1", 0));
        catalog.add(second);

        var listed = catalog.ofShop(shop);

        assertThat(listed).extracting(BookableService::state).containsExactly(first.state(), second.state());
        assertThat(catalog.ofShop(existingShop())).isEmpty();
    }

    @Test
    void refusesASecondServiceWithTheSameId() {
        var catalog = newSubject();
        var service = service(existingShop(), "Cut", "25", 0);
        catalog.add(service);

        assertThatThrownBy(() -> catalog.add(service)).isInstanceOf(RuntimeException.class);
    }
}
