package io.parlor.adapters.messaging.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.application.membership.port.out.OneTimeCodesContract;
import io.parlor.domain.membership.CodePurpose;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.SecretDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs against the shared test Redis under a prefix of its own, which it sweeps afterwards. */
class RedisOneTimeCodesIT extends OneTimeCodesContract {

    @RegisterExtension
    static final TestRedis redis = TestRedis.under("codes");
    private static final SecretDigest RIGHT = SecretDigest.of("right");


    @Override
    protected RedisOneTimeCodes newSubject() {
        return redis.open(new RedisOneTimeCodes(redis.client(), redis.prefix()));
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
        assertThat(redis.inspect().pttl(codes.codeKey(CodePurpose.UNLOCK, email))).isPositive()
                .isLessThanOrEqualTo(upperBound);
        assertThat(redis.inspect().pttl(codes.coolDownKey(CodePurpose.UNLOCK, email))).isPositive()
                .isLessThanOrEqualTo(Duration.ofSeconds(60).plus(RedisOneTimeCodes.CLOCK_SKEW_GRACE).toMillis());
    }

    @Test
    void keepsNeitherTheAddressNorAnythingButTheDigestOfTheCode() {
        var codes = newSubject();
        var email = freshEmail();

        codes.put(CodePurpose.VERIFY, email, RIGHT, now().plusSeconds(600), 5);

        String key = codes.codeKey(CodePurpose.VERIFY, email);
        assertThat(key).startsWith(redis.prefix()).doesNotContain(email.value());
        assertThat(redis.inspect().hgetall(key)).containsOnlyKeys("digest", "expires", "attempts")
                .containsEntry("digest", RIGHT.hex());
    }

    private static Email freshEmail() {
        return new Email("r-" + UUID.randomUUID() + "@example.com");
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
