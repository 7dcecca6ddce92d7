package io.parlor.application.reservation.inmemory;

import io.parlor.application.reservation.port.out.LockToken;
import io.parlor.application.reservation.port.out.SlotLock;
import io.parlor.application.shared.port.out.TimeSource;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Slot locks in a map guarded by this object's monitor, expiring by the given time source.
 * Like the Redis lock it stands in for, it takes no part in units of work. Expired entries are
 * swept once the map grows past {@value #SWEEP_ABOVE} keys.
 */
public final class InMemorySlotLock implements SlotLock {

    private record Entry(String value, Instant expiresAt) {
    }

    private static final int SWEEP_ABOVE = 1024;

    private final TimeSource time;
    private final Map<String, Entry> locks = new HashMap<>();

    public InMemorySlotLock(TimeSource time) {
        this.time = time;
    }

    @Override
    public synchronized Optional<LockToken> tryLock(String key, Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("a lock lives a positive time: " + ttl);
        }
        var now = time.now();
        if (locks.size() > SWEEP_ABOVE) {
            locks.values().removeIf(e -> !now.isBefore(e.expiresAt()));
        }
        Entry held = locks.get(key);
        if (held != null && now.isBefore(held.expiresAt())) {
            return Optional.empty();
        }
        var token = new LockToken(key, UUID.randomUUID().toString());
        locks.put(key, new Entry(token.value(), now.plus(ttl)));
        return Optional.of(token);
    }

    @Override
    public synchronized void release(LockToken token) {
        Entry held = locks.get(token.key());
        if (held != null && held.value().equals(token.value())) {
            locks.remove(token.key());
        }
    }
}
