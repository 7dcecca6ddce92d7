package io.parlor.application.shared.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable deadlines, shared by every instance: each is run by one instance at a time, and by
 * another if that one dies. Every write joins the caller's unit of work, so a deadline is
 * scheduled, moved or removed together with the fact that caused it.
 */
public interface Deadlines {

    /** Stores {@code deadline} unless one with its key exists; true when it was stored. */
    boolean scheduleIfAbsent(Deadline deadline);

    /**
     * Stores each of {@code deadlines} whose key no deadline has, as one write where the store
     * can (the first of two with one key wins).
     */
    default void scheduleAllIfAbsent(List<Deadline> deadlines) {
        deadlines.forEach(this::scheduleIfAbsent);
    }

    /** Stores {@code deadline}, replacing the one with its key (its due time, payload and attempts). */
    void schedule(Deadline deadline);

    /** Removes the deadline with this key; true when there was one. */
    boolean cancel(String key);

    /** The deadline with this key, when one is scheduled. */
    Optional<Deadline> find(String key);

    /**
     * Takes up to {@code limit} deadlines due at {@code now}, earliest first, for the running unit
     * of work, which must be open: they stay locked until it ends, and deadlines that another
     * unit of work holds are skipped, not waited for. The caller runs each and then
     * {@link #cancel cancels} it (done) or {@link #schedule schedules} it again (retry) in the
     * same unit of work; if that unit of work fails, the deadlines are due again as they were.
     */
    List<Deadline> claimDue(Instant now, int limit);
}
