package io.parlor.application.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.application.reservation.inmemory.InMemoryCatalog;
import io.parlor.application.reservation.port.out.Catalog;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.BookableService;
import io.parlor.domain.reservation.Price;
import io.parlor.domain.reservation.ServiceId;
import io.parlor.domain.reservation.ServiceName;
import io.parlor.domain.reservation.ServiceNotFound;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TreatmentsTest {

    /** Counts the reads of services, to show which ones come from what was kept. */
    private static final class CountingCatalog implements Catalog {
        final AtomicInteger reads = new AtomicInteger();
        private final Catalog store = new InMemoryCatalog(new InMemoryTransactionRunner());

        @Override
        public void add(BookableService service) {
            store.add(service);
        }

        @Override
        public Optional<BookableService> findById(ServiceId id) {
            reads.incrementAndGet();
            return store.findById(id);
        }

        @Override
        public List<BookableService> ofShop(ShopId shop) {
            return store.ofShop(shop);
        }
    }

    private final CountingCatalog catalog = new CountingCatalog();
    private final Treatments treatments = new Treatments(catalog);
    private final ShopId shop = new ShopId(UUID.randomUUID());

    @Test
    void aServiceFoundOnceIsNotReadAgain() {
        var cut = offer(shop, 45, 15);
        var dye = offer(shop, 60, 0);

        var first = treatments.load(shop, List.of(cut.id(), dye.id()));
        var second = treatments.load(shop, List.of(dye.id(), cut.id()));

        assertThat(first.services()).containsExactly(cut.id(), dye.id());
        assertThat(second.services()).containsExactly(dye.id(), cut.id());
        assertThat(catalog.reads).hasValue(2);
    }

    @Test
    void aKeptServiceOfAnotherShopIsStillRefused() {
        var elsewhere = offer(new ShopId(UUID.randomUUID()), 30, 0);
        treatments.load(elsewhere.shop(), List.of(elsewhere.id()));

        assertThatThrownBy(() -> treatments.load(shop, List.of(elsewhere.id()))).isInstanceOf(ServiceNotFound.class);
    }

    @Test
    void aServiceNotFoundIsAskedForAgainAndFoundOnceOffered() {
        var id = new ServiceId(UUID.randomUUID());
        assertThatThrownBy(() -> treatments.load(shop, List.of(id))).isInstanceOf(ServiceNotFound.class);

        catalog.add(BookableService.offer(id, shop, new ServiceName("Late"), 20, new Price(BigDecimal.TEN), 0));

        assertThat(treatments.load(shop, List.of(id)).duration()).isEqualTo(Duration.ofMinutes(20));
    }

    private BookableService offer(ShopId in, int minutes, int buffer) {
        var service = BookableService.offer(new ServiceId(UUID.randomUUID()), in, new ServiceName("Cut"), minutes,
                new Price(BigDecimal.valueOf(30)), buffer);
        catalog.add(service);
        return service;
    }
}
