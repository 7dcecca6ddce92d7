package io.parlor.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.application.shared.inmemory.InMemoryRequestQuotas;
import io.parlor.application.shared.inmemory.InMemoryTimeSource;
import io.parlor.application.shared.port.out.RequestQuotas;
import io.parlor.application.shared.port.out.StoreUnavailable;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CheckQuotaTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private final InMemoryTimeSource time = new InMemoryTimeSource(NOW);

    @Test
    void refusesPastTheLimitUntilTheWindowEnds() {
        var quota = Quotas.checker(new InMemoryRequestQuotas(), time);

        var first = quota.check("login:10.0.0.1", 2, Duration.ofMinutes(1));
        var second = quota.check("login:10.0.0.1", 2, Duration.ofMinutes(1));
        var third = quota.check("login:10.0.0.1", 2, Duration.ofMinutes(1));

        assertThat(first).isEmpty();
        assertThat(second).isEmpty();
        assertThat(third).hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
    }

    @Test
    void letsRequestsThroughWhileTheCountersCannotBeReached() {
        RequestQuotas down = (key, limit, window, now) -> {
            throw new StoreUnavailable("Redis", new IllegalStateException("connection refused"));
        };
        var quota = Quotas.checker(down, time);

        assertThat(quota.check("login:10.0.0.1", 1, Duration.ofMinutes(1))).isEmpty();
        assertThat(quota.check("login:10.0.0.1", 1, Duration.ofMinutes(1))).isEmpty();
    }
}
