package io.parlor.adapters.messaging.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanIterator;
import io.lettuce.core.api.StatefulRedisConnection;
import io.parlor.application.membership.port.out.OneTimeCodesContract;
import io.parlor.domain.membership.CodePurpose;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.SecretDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs against the shared test Redis under a prefix of its own, which it sweeps afterwards. */
class RedisOneTimeCodesIT extends OneTimeCodesContract {

    private static final String PREFIX = "parlor-test:codes:" + UUID.randomUUID() + ":";
    private static final SecretDigest RIGHT = SecretDigest.of("right");

    private static RedisClient client;
    private static StatefulRedisConnection<String, String> inspector;
    private final List<RedisOneTimeCodes> opened = new ArrayList<>();

    @BeforeAll
    static void connect() {
        client = TestRedis.client();
        inspector = client.connect();
    }

    @AfterAll
    static void sweepAndDisconnect() {
        ScanIterator.scan(inspector.sync(), ScanArgs.Builder.matches(PREFIX + "*"))
                .forEachRemaining(key -> inspector.sync().del(key));
        inspector.close();
        client.shutdown();
    }

    @AfterEach
    void closeSubjects() {
        opened.forEach(RedisOneTimeCodes::close);
    }

    @Override
    protected RedisOneTimeCodes newSubject() {
        var codes = new RedisOneTimeCodes(client, PREFIX);
        opened.add(codes);
        return codes;
    }

    @Test
    void twoInstancesRedeemTheRightCodeOnce() throws Exception {
        var first = newSubject();
        var second = newSubject();
        var email = freshEmail();
        var now = now();
        first.put(CodePurpose.VERIFY, email, RIGHT, now.plusSeconds(600), 5);
        var attempts = new ArrayList<Callable<Boolean>>();
        for (int i = 0; i < 16; i++) {
            var codes = i % 2 == 0 ? first : second;
            attempts.add(() -> codes.redeem(CodePurpose.VERIFY, email, RIGHT, now));
        }

        var redeemed = new ArrayList<Boolean>();
        var pool = Executors.newFixedThreadPool(attempts.size());
        try {
            for (Future<Boolean> result : pool.invokeAll(attempts)) {
                redeemed.add(result.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(redeemed).hasSize(16).containsOnlyOnce(true);
    }

    @Test
    void redisDropsCodesAndCoolDownsShortlyAfterTheyEnd() {
        var codes = newSubject();
        var email = freshEmail();
        var now = now();

        codes.put(CodePurpose.UNLOCK, email, RIGHT, now.plusSeconds(600), 5);
        codes.startCoolDown(CodePurpose.UNLOCK, email, now, Duration.ofSeconds(60));

        long upperBound = Duration.ofSeconds(600).plus(RedisOneTimeCodes.CLOCK_SKEW_GRACE).toMillis();
        assertThat(inspector.sync().pttl(codes.codeKey(CodePurpose.UNLOCK, email))).isPositive()
                .isLessThanOrEqualTo(upperBound);
        assertThat(inspector.sync().pttl(codes.coolDownKey(CodePurpose.UNLOCK, email))).isPositive()
                .isLessThanOrEqualTo(Duration.ofSeconds(60).plus(RedisOneTimeCodes.CLOCK_SKEW_GRACE).toMillis());
    }

    @Test
    void keepsNeitherTheAddressNorAnythingButTheDigestOfTheCode() {
        var codes = newSubject();
        var email = freshEmail();

        codes.put(CodePurpose.VERIFY, email, RIGHT, now().plusSeconds(600), 5);

        String key = codes.codeKey(CodePurpose.VERIFY, email);
        assertThat(key).startsWith(PREFIX).doesNotContain(email.value());
        assertThat(inspector.sync().hgetall(key)).containsOnlyKeys("digest", "expires", "attempts")
                .containsEntry("digest", RIGHT.hex());
    }

    private static Email freshEmail() {
        return new Email("r-" + UUID.randomUUID() + "@example.com");
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
