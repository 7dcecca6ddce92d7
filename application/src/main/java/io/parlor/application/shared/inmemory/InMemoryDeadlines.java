package io.parlor.application.shared.inmemory;

import io.parlor.application.shared.port.out.Deadline;
import io.parlor.application.shared.port.out.Deadlines;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deadlines in a map. Units of work of the runner run one at a time, so a claim needs no lock of
 * its own: no other unit of work can see the claimed deadlines until the claimer's has ended,
 * and a failed one puts back whatever it cancelled or moved.
 */
public final class InMemoryDeadlines implements Deadlines {

    private final InMemoryTransactionRunner transactions;
    private final Map<String, Deadline> byKey = new HashMap<>();

    public InMemoryDeadlines(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean scheduleIfAbsent(Deadline deadline) {
        return transactions.inTransaction(() -> {
            if (byKey.containsKey(deadline.key())) {
                return false;
            }
            put(deadline);
            return true;
        });
    }

    @Override
    public void schedule(Deadline deadline) {
        transactions.inTransaction(() -> {
            put(deadline);
            return null;
        });
    }

    @Override
    public boolean cancel(String key) {
        return transactions.inTransaction(() -> {
            var removed = byKey.remove(key);
            if (removed != null) {
                transactions.onRollback(() -> byKey.put(key, removed));
            }
            return removed != null;
        });
    }

    @Override
    public Optional<Deadline> find(String key) {
        return transactions.inTransaction(() -> Optional.ofNullable(byKey.get(key)));
    }

    /** @throws IllegalStateException when no unit of work of the runner is running on this thread */
    @Override
    public List<Deadline> claimDue(Instant now, int limit) {
        if (!transactions.inUnitOfWork()) {
            throw new IllegalStateException("deadlines are claimed inside a running unit of work");
        }
        return byKey.values().stream().filter(d -> !d.dueAt().isAfter(now))
                .sorted(Comparator.comparing(Deadline::dueAt)).limit(limit).toList();
    }

    private void put(Deadline deadline) {
        var previous = byKey.put(deadline.key(), deadline);
        transactions.onRollback(() -> {
            if (previous == null) {
                byKey.remove(deadline.key());
            } else {
                byKey.put(deadline.key(), previous);
            }
        });
    }
}
