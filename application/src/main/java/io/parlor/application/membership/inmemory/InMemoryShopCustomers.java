package io.parlor.application.membership.inmemory;

import io.parlor.application.membership.port.out.ShopCustomers;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Shop customers in a map; writes run as (or join) units of work of the runner. */
public final class InMemoryShopCustomers implements ShopCustomers {

    private record Key(ShopId shop, MemberId member) {
    }

    private final InMemoryTransactionRunner transactions;
    private final Map<Key, Instant> since = new ConcurrentHashMap<>();

    public InMemoryShopCustomers(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean register(ShopId shop, MemberId member, Instant at) {
        return transactions.inTransaction(() -> {
            var key = new Key(shop, member);
            if (since.putIfAbsent(key, at) != null) {
                return false;
            }
            transactions.onRollback(() -> since.remove(key));
            return true;
        });
    }

    @Override
    public Optional<Instant> customerSince(ShopId shop, MemberId member) {
        return Optional.ofNullable(since.get(new Key(shop, member)));
    }
}
