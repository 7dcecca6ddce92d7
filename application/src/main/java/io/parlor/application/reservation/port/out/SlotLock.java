package io.parlor.application.reservation.port.out;

import java.time.Duration;
import java.util.Optional;

/**
 * A short-lived lock shared by every instance (Redis {@code SET NX PX} in production), used to
 * turn away requests that race for the same slot before they reach the database. It is a fast
 * path only: correctness never depends on it (see {@link Reservations}), a lock may vanish
 * early (a store restart) and every lock expires by itself, so a crashed holder blocks nobody
 * for longer than its time to live.
 */
public interface SlotLock {

    /**
     * Takes {@code key} for {@code ttl} if nobody holds it, atomically: of concurrent callers
     * on any instance, at most one gets a token. An expired lock counts as free.
     *
     * @param ttl positive; the lock is gone after it, released or not
     * @return the token, or empty if someone else holds the key
     * @throws RuntimeException (any) when the lock store cannot be reached; callers then go on
     *                          without the lock
     */
    Optional<LockToken> tryLock(String key, Duration ttl);

    /**
     * Deletes the lock if it still carries the token's value (compare-and-delete), so a holder
     * whose lock expired and was taken by another never deletes the other's lock. Releasing
     * twice, or after expiry, does nothing.
     *
     * @throws RuntimeException (any) when the lock store cannot be reached; the lock then expires
     */
    void release(LockToken token);
}
