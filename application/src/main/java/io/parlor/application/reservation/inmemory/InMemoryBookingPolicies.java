package io.parlor.application.reservation.inmemory;

import io.parlor.application.reservation.port.out.BookingPolicies;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.BookingRules;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Booking rules in a map by shop. */
public final class InMemoryBookingPolicies implements BookingPolicies {

    private final InMemoryTransactionRunner transactions;
    private final Map<ShopId, BookingRules> byShop = new ConcurrentHashMap<>();

    public InMemoryBookingPolicies(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public void put(ShopId shop, BookingRules rules) {
        transactions.runInTransaction(() -> {
            BookingRules previous = byShop.put(shop, rules);
            transactions.onRollback(() -> {
                if (previous == null) {
                    byShop.remove(shop);
                } else {
                    byShop.put(shop, previous);
                }
            });
        });
    }

    @Override
    public Optional<BookingRules> find(ShopId shop) {
        return Optional.ofNullable(byShop.get(shop));
    }
}
