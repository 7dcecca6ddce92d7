package io.parlor.adapters.messaging.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScriptOutputType;
import io.parlor.application.shared.port.out.RequestQuotas;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Request counts shared by every instance: one Redis counter per key and window, counted up and
 * given its expiry by one script (hand-written so that the first count and its expiry are one
 * atomic step), and dropped by Redis after its window.
 */
public final class RedisRequestQuotas implements RequestQuotas, AutoCloseable {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,200}");
    /** KEYS: counter. ARGV: time to live in ms. Returns the count, this request included. */
    private static final String COUNT = """
            local count = redis.call('INCR', KEYS[1])
            if count == 1 then
              redis.call('PEXPIRE', KEYS[1], ARGV[1])
            end
            return count
            """;
    /** Keeps a counter past its window, so that clocks of instances and Redis may disagree a little. */
    private static final Duration CLOCK_SKEW_GRACE = Duration.ofMinutes(1);

    private final String keyPrefix;
    private final RedisLazyConnection connection;

    /** @param keyPrefix keeps several deployments on one Redis apart, e.g. {@code parlor:quotas:} */
    public RedisRequestQuotas(RedisClient client, String keyPrefix) {
        this.keyPrefix = keyPrefix;
        this.connection = new RedisLazyConnection(client);
    }

    @Override
    public Optional<Duration> take(String key, int limit, Duration window, Instant now) {
        if (!KEY.matcher(key).matches() || limit < 1 || window.toMillis() < 1) {
            throw new IllegalArgumentException("a key of [A-Za-z0-9._:-], a limit and a window of at least 1");
        }
        long millis = window.toMillis();
        long at = now.toEpochMilli();
        long index = Math.floorDiv(at, millis);
        String counter = keyPrefix + key + ":" + millis + ":" + index;
        long count = RedisScripts.<Long>run(connection.sync(), COUNT, ScriptOutputType.INTEGER, new String[] {counter},
                Long.toString(millis + CLOCK_SKEW_GRACE.toMillis()));
        return count <= limit ? Optional.empty() : Optional.of(Duration.ofMillis((index + 1) * millis - at));
    }

    @Override
    public void close() {
        connection.close();
    }
}
