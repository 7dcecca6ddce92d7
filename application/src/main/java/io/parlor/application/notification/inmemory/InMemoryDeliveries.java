package io.parlor.application.notification.inmemory;

import io.parlor.application.notification.port.out.Deliveries;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.domain.notification.Delivery;
import io.parlor.domain.notification.DeliveryId;
import io.parlor.domain.notification.DeliveryStatus;
import io.parlor.domain.notification.NotificationId;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The outbox in a map; every call runs as (or joins) a unit of work of the runner, one at a time. */
public final class InMemoryDeliveries implements Deliveries {

    private final InMemoryTransactionRunner transactions;
    private final Map<DeliveryId, Delivery> rows = new LinkedHashMap<>();

    public InMemoryDeliveries(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(List<Delivery> deliveries) {
        transactions.inTransaction(() -> {
            for (var delivery : deliveries) {
                if (rows.putIfAbsent(delivery.id(), delivery) != null) {
                    throw new IllegalStateException("a delivery with this id exists: " + delivery.id());
                }
                transactions.onRollback(() -> rows.remove(delivery.id()));
            }
            return null;
        });
    }

    /** Registers no undo, so a claim stands even when the caller's unit of work fails, as the port asks. */
    @Override
    public List<Delivery> claimDue(Instant now, Duration lease, int limit) {
        return transactions.inTransaction(() -> {
            var claimed = rows.values().stream()
                    .filter(d -> d.status() == DeliveryStatus.PENDING && !d.dueAt().isAfter(now))
                    .sorted(Comparator.comparing(Delivery::dueAt)).limit(limit)
                    .map(d -> d.claimed(now.plus(lease))).toList();
            claimed.forEach(d -> rows.put(d.id(), d));
            return claimed;
        });
    }

    @Override
    public void record(Delivery outcome) {
        transactions.inTransaction(() -> {
            var before = rows.get(outcome.id());
            if (before != null) {
                rows.put(outcome.id(), outcome);
                transactions.onRollback(() -> rows.put(outcome.id(), before));
            }
            return null;
        });
    }

    @Override
    public List<Delivery> of(NotificationId notification) {
        return transactions.inTransaction(() -> rows.values().stream()
                .filter(d -> d.notification().equals(notification)).toList());
    }
}
