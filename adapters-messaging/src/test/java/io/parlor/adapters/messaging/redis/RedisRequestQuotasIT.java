package io.parlor.adapters.messaging.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.application.shared.port.out.RequestQuotas;
import io.parlor.application.shared.port.out.RequestQuotasContract;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs against the shared test Redis under a prefix of its own, which it sweeps afterwards. */
class RedisRequestQuotasIT extends RequestQuotasContract {

    @RegisterExtension
    static final TestRedis redis = TestRedis.under("quotas");

    @Override
    protected RequestQuotas newSubject() {
        return redis.open(new RedisRequestQuotas(redis.client(), redis.prefix()));
    }

    @Test
    void twoInstancesShareOneCount() {
        var first = newSubject();
        var second = newSubject();
        var now = Instant.parse("2026-12-06T12:00:15Z");

        assertThat(first.take("signup:10.0.0.9", 2, Duration.ofMinutes(1), now)).isEmpty();
        assertThat(second.take("signup:10.0.0.9", 2, Duration.ofMinutes(1), now)).isEmpty();
        assertThat(first.take("signup:10.0.0.9", 2, Duration.ofMinutes(1), now)).isPresent();
    }

    @Test
    void redisDropsACounterShortlyAfterItsWindow() {
        var quotas = newSubject();
        var now = Instant.now();

        quotas.take("login:10.0.0.7", 5, Duration.ofMinutes(1), now);

        var counters = redis.inspect().keys(redis.prefix() + "login:10.0.0.7:*");
        assertThat(counters).hasSize(1);
        assertThat(redis.inspect().pttl(counters.get(0))).isPositive()
                .isLessThanOrEqualTo(Duration.ofMinutes(2).toMillis());
    }
}
