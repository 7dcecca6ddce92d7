package io.parlor.application.shared;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * Values read from a store, kept for {@code ttl} and dropped as soon as they are said to have
 * changed. A read that was under way when something was dropped is answered but not kept, so a
 * value read before a change never outlives the news of it. Written by hand: the core depends on
 * no library, and this needs only a map and a counter.
 */
public final class KeptReads<K, V> {

    private record Entry<V>(V value, long readAtNanos) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    /** Counts drops; a read keeps its value only if no drop happened while it ran. */
    private final AtomicLong drops = new AtomicLong();
    private final long ttlNanos;
    private final int maxKept;
    private final LongSupplier nanoTime;

    /** @param nanoTime a monotonic clock in nanoseconds, {@code System::nanoTime} outside tests */
    public KeptReads(Duration ttl, int maxKept, LongSupplier nanoTime) {
        this.ttlNanos = ttl.toNanos();
        this.maxKept = maxKept;
        this.nanoTime = nanoTime;
    }

    /** The kept value of {@code key} if it is younger than the ttl, else what {@code read} gives now. */
    public V get(K key, Function<K, V> read) {
        long now = nanoTime.getAsLong();
        var kept = entries.get(key);
        if (kept != null && now - kept.readAtNanos() < ttlNanos) {
            return kept.value();
        }
        long dropsBefore = drops.get();
        var value = read.apply(key);
        if (drops.get() == dropsBefore) {
            if (entries.size() >= maxKept) {
                entries.clear();
            }
            var entry = new Entry<>(value, now);
            entries.put(key, entry);
            if (drops.get() != dropsBefore) { // a drop ran between the check and the put
                entries.remove(key, entry);
            }
        }
        return value;
    }

    public void drop(K key) {
        drops.incrementAndGet();
        entries.remove(key);
    }

    public void dropAll() {
        drops.incrementAndGet();
        entries.clear();
    }
}
