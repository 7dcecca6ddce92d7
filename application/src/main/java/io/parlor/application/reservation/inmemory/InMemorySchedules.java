package io.parlor.application.reservation.inmemory;

import io.parlor.application.reservation.port.out.Schedules;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.domain.reservation.DesignerSchedule;
import io.parlor.domain.reservation.ScheduleId;
import io.parlor.domain.reservation.ScheduleState;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Schedules in a map of {@link ScheduleState}s. */
public final class InMemorySchedules implements Schedules {

    private final InMemoryTransactionRunner transactions;
    private final Map<ScheduleId, ScheduleState> byId = new ConcurrentHashMap<>();

    public InMemorySchedules(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public void put(DesignerSchedule schedule) {
        transactions.runInTransaction(() -> {
            var id = schedule.id();
            ScheduleState previous = byId.put(id, schedule.state());
            transactions.onRollback(() -> {
                if (previous == null) {
                    byId.remove(id);
                } else {
                    byId.put(id, previous);
                }
            });
        });
    }

    @Override
    public Optional<DesignerSchedule> find(ScheduleId id) {
        return Optional.ofNullable(byId.get(id)).map(DesignerSchedule::reconstitute);
    }
}
