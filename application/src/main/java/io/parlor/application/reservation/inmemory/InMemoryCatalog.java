package io.parlor.application.reservation.inmemory;

import io.parlor.application.reservation.port.out.Catalog;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.BookableService;
import io.parlor.domain.reservation.ServiceId;
import io.parlor.domain.reservation.ServiceState;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Services in a map of {@link ServiceState}s, numbered in the order they were added. */
public final class InMemoryCatalog implements Catalog {

    private record Entry(long order, ServiceState state) {
    }

    private final InMemoryTransactionRunner transactions;
    private final Map<ServiceId, Entry> byId = new ConcurrentHashMap<>();
    private final AtomicLong order = new AtomicLong();

    public InMemoryCatalog(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(BookableService service) {
        transactions.runInTransaction(() -> {
            var id = service.id();
            if (byId.putIfAbsent(id, new Entry(order.incrementAndGet(), service.state())) != null) {
                throw new IllegalStateException("a service with this id exists: " + id);
            }
            transactions.onRollback(() -> byId.remove(id));
        });
    }

    @Override
    public Optional<BookableService> findById(ServiceId id) {
        return Optional.ofNullable(byId.get(id)).map(e -> BookableService.reconstitute(e.state()));
    }

    @Override
    public List<BookableService> ofShop(ShopId shop) {
        return byId.values().stream().filter(e -> e.state().shop().equals(shop))
                .sorted(Comparator.comparingLong(Entry::order))
                .map(e -> BookableService.reconstitute(e.state())).toList();
    }
}
