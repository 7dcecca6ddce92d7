package io.parlor.application.reservation;

import io.parlor.application.reservation.port.out.LockToken;
import io.parlor.application.reservation.port.out.SlotLock;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.reservation.SlotUnavailable;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns away requests racing for the same start of the same designer before they reach the
 * database, using the {@link SlotLock}. Never the only guard: requests for overlapping but
 * different starts, and every request when the lock store is down, go on to the database check.
 */
final class FastPath {

    private static final System.Logger LOG = System.getLogger(FastPath.class.getName());

    private final SlotLock lock;
    private final Duration ttl;

    FastPath(SlotLock lock, Duration ttl) {
        this.lock = lock;
        this.ttl = ttl;
    }

    /**
     * Takes the lock of the designer's start.
     *
     * @param yieldIfBusy whether a request that finds the lock taken goes on to the database
     *                    anyway (an idempotent retry may race its own first attempt)
     * @return the token to {@link #leave} with; empty if going on without the lock
     * @throws SlotUnavailable if another request holds the lock and {@code yieldIfBusy} is false
     */
    Optional<LockToken> enter(MemberId designer, Instant start, boolean yieldIfBusy) {
        Optional<LockToken> token;
        try {
            token = lock.tryLock("reservation.slot:" + designer + ":" + start.getEpochSecond(), ttl);
        } catch (RuntimeException unavailable) {
            LOG.log(Level.WARNING, "slot lock unavailable; relying on the database check", unavailable);
            return Optional.empty();
        }
        if (token.isEmpty() && !yieldIfBusy) {
            throw new SlotUnavailable();
        }
        return token;
    }

    /** Releases the lock if one was taken; a failure only lets the lock expire. */
    void leave(Optional<LockToken> token) {
        token.ifPresent(t -> {
            try {
                lock.release(t);
            } catch (RuntimeException unavailable) {
                LOG.log(Level.WARNING, "slot lock not released; it expires by itself", unavailable);
            }
        });
    }
}
