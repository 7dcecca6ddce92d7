package io.parlor.adapters.messaging.redis;

import io.lettuce.core.RedisClient;
import io.parlor.application.membership.port.out.LoginTickets;
import io.parlor.domain.membership.SecretDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Login tickets shared by every instance through Redis, so that a login started on one instance
 * can come back to another. A ticket is a hash {@code {value, expires}} under a key named by the
 * ticket's kind and the digest of its secret (never the secret). Its logical expiry is judged
 * against the caller's {@code now} by a Lua script (see {@link RedisLoginTicketsScripts}); Redis
 * also drops the key by itself a little after that expiry, so that abandoned tickets do not pile
 * up.
 */
public final class RedisLoginTickets implements LoginTickets, AutoCloseable {

    /** Keeps a key past its logical end, so that clocks of instances and Redis may disagree a little. */
    static final Duration CLOCK_SKEW_GRACE = Duration.ofMinutes(1);

    private final String keyPrefix;
    private final RedisLazyConnection connection;

    /**
     * @param client    the Redis client; its connection, opened on first use, is closed by {@link #close()}
     * @param keyPrefix keeps several deployments on one Redis apart, e.g. {@code parlor:tickets:}
     */
    public RedisLoginTickets(RedisClient client, String keyPrefix) {
        this.keyPrefix = keyPrefix;
        this.connection = new RedisLazyConnection(client);
    }

    @Override
    public void put(Kind kind, SecretDigest key, String value, Instant expiresAt) {
        RedisLoginTicketsScripts.PUT.run(connection.sync(), keyOf(kind, key), value, millis(expiresAt),
                millis(expiresAt.plus(CLOCK_SKEW_GRACE)));
    }

    @Override
    public Optional<String> take(Kind kind, SecretDigest key, Instant now) {
        return Optional.ofNullable(RedisLoginTicketsScripts.TAKE.run(connection.sync(), keyOf(kind, key), millis(now)));
    }

    String keyOf(Kind kind, SecretDigest key) {
        return keyPrefix + kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + ":" + key.hex();
    }

    private static String millis(Instant instant) {
        return Long.toString(instant.toEpochMilli());
    }

    @Override
    public void close() {
        connection.close();
    }
}
