package io.parlor.adapters.messaging.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;
import io.parlor.application.reservation.port.out.LockToken;
import io.parlor.application.reservation.port.out.SlotLock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Slot locks shared by every instance: {@code SET key value NX PX ttl} with a random value,
 * released by a Lua compare-and-delete so that a holder whose lock expired never deletes the
 * next holder's. Only the fast path of booking: the database guard decides, so a lost or
 * failed lock costs a database round trip, never a double booking.
 *
 * <p>The connection is opened on first use, not at start: a Redis that is down when the
 * application starts, or goes down later, makes {@link #tryLock} throw at once (the client
 * rejects commands while disconnected), and callers go on without the lock.
 */
public final class RedisSlotLock implements SlotLock, AutoCloseable {

    /** KEYS: lock. ARGV: the holder's value. Deletes the lock only while it carries that value. */
    private static final String RELEASE = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return redis.call('DEL', KEYS[1])
            end
            return 0
            """;

    private final String keyPrefix;
    private final RedisLazyConnection connection;

    /**
     * @param client    the Redis client; the connection opened on first use is closed by {@link #close()}
     * @param keyPrefix keeps several deployments on one Redis apart, e.g. {@code parlor:slots:}
     */
    public RedisSlotLock(RedisClient client, String keyPrefix) {
        this.keyPrefix = keyPrefix;
        this.connection = new RedisLazyConnection(client);
    }

    @Override
    public Optional<LockToken> tryLock(String key, Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("a lock lives a positive time: " + ttl);
        }
        var token = new LockToken(key, UUID.randomUUID().toString());
        String reply = commands().set(keyPrefix + key, token.value(),
                SetArgs.Builder.nx().px(Math.max(1, ttl.toMillis())));
        return "OK".equals(reply) ? Optional.of(token) : Optional.empty();
    }

    @Override
    public void release(LockToken token) {
        var redis = commands();
        String[] keys = {keyPrefix + token.key()};
        RedisScripts.<Long>run(redis, RELEASE, ScriptOutputType.INTEGER, keys, token.value());
    }

    /** The key under which Redis keeps the lock of {@code key}. */
    String redisKey(String key) {
        return keyPrefix + key;
    }

    private RedisCommands<String, String> commands() {
        return connection.sync();
    }

    @Override
    public void close() {
        connection.close();
    }
}
