package io.parlor.adapters.messaging.redis;

import io.lettuce.core.RedisClient;
import io.parlor.application.membership.port.out.OneTimeCodes;
import io.parlor.domain.membership.CodePurpose;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.SecretDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * One-time codes and cool-downs shared by every instance through Redis. A code is a hash
 * {@code {digest, expires, attempts}}, a cool-down a string holding its end; both keep their
 * logical end in the value and are judged against the caller's {@code now} by a Lua script (see
 * {@link RedisOneTimeCodesScripts}). Redis also drops each key by itself a little after that
 * end, so that abandoned keys do not pile up.
 *
 * <p>Keys name the address by {@link Email#digest()}, not in clear: key names show up in
 * {@code SCAN}, {@code MONITOR} and the slow log, where an address would be personal data on
 * display. Codes are only ever stored as the digests the port hands over.
 */
public final class RedisOneTimeCodes implements OneTimeCodes, AutoCloseable {

    /** Keeps a key past its logical end, so that clocks of instances and Redis may disagree a little. */
    static final Duration CLOCK_SKEW_GRACE = Duration.ofMinutes(1);

    private final String keyPrefix;
    private final RedisLazyConnection connection;

    /**
     * @param client    the Redis client; its connection, opened on first use, is closed by {@link #close()}
     * @param keyPrefix keeps several deployments on one Redis apart, e.g. {@code parlor:codes:}
     */
    public RedisOneTimeCodes(RedisClient client, String keyPrefix) {
        this.keyPrefix = keyPrefix;
        this.connection = new RedisLazyConnection(client);
    }

    @Override
    public Optional<Duration> startCoolDown(CodePurpose purpose, Email email, Instant now, Duration coolDown) {
        Instant end = now.plus(coolDown);
        long left = RedisOneTimeCodesScripts.START_COOL_DOWN.run(connection.sync(), coolDownKey(purpose, email),
                millis(now), millis(end), millis(end.plus(CLOCK_SKEW_GRACE)));
        return left < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(left));
    }

    @Override
    public void put(CodePurpose purpose, Email email, SecretDigest digest, Instant expiresAt, int attempts) {
        RedisOneTimeCodesScripts.PUT.run(connection.sync(), codeKey(purpose, email),
                digest.hex(), millis(expiresAt), Integer.toString(attempts), millis(expiresAt.plus(CLOCK_SKEW_GRACE)));
    }

    @Override
    public boolean redeem(CodePurpose purpose, Email email, SecretDigest candidate, Instant now) {
        return RedisOneTimeCodesScripts.REDEEM.run(connection.sync(), codeKey(purpose, email),
                candidate.hex(), millis(now)) == 1;
    }

    String codeKey(CodePurpose purpose, Email email) {
        return key("code", purpose, email);
    }

    String coolDownKey(CodePurpose purpose, Email email) {
        return key("cool-down", purpose, email);
    }

    private String key(String kind, CodePurpose purpose, Email email) {
        return keyPrefix + kind + ":" + purpose.name().toLowerCase(Locale.ROOT) + ":" + email.digest().hex();
    }

    private static String millis(Instant instant) {
        return Long.toString(instant.toEpochMilli());
    }

    @Override
    public void close() {
        connection.close();
    }
}
