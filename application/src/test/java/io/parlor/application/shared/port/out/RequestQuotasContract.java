package io.parlor.application.shared.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link RequestQuotas} store does. Each test uses keys of its own. */
public abstract class RequestQuotasContract {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    /** 12:00:15 on a day, fifteen seconds into a one-minute window. */
    private static final Instant NOW = Instant.parse("2026-12-06T12:00:15Z");

    protected abstract RequestQuotas newSubject();

    private static String key() {
        return "login:127.0.0.1:" + UUID.randomUUID();
    }

    @Test
    void takesTheLimitAndRefusesTheRestUntilTheWindowEnds() {
        var quotas = newSubject();
        var key = key();

        for (int i = 0; i < 3; i++) {
            assertThat(quotas.take(key, 3, MINUTE, NOW.plusSeconds(i))).isEmpty();
        }
        var refused = quotas.take(key, 3, MINUTE, NOW.plusSeconds(5));
        var stillRefused = quotas.take(key, 3, MINUTE, NOW.plusSeconds(44));
        var nextWindow = quotas.take(key, 3, MINUTE, NOW.plusSeconds(45));

        assertThat(refused).contains(Duration.ofSeconds(40));
        assertThat(stillRefused).contains(Duration.ofSeconds(1));
        assertThat(nextWindow).isEmpty();
    }

    @Test
    void keysAndWindowLengthsCountApart() {
        var quotas = newSubject();
        var key = key();
        quotas.take(key, 1, MINUTE, NOW);

        assertThat(quotas.take(key(), 1, MINUTE, NOW)).isEmpty();
        assertThat(quotas.take(key, 1, Duration.ofHours(1), NOW)).isEmpty();
        assertThat(quotas.take(key, 1, MINUTE, NOW)).isPresent();
    }

    @Test
    void ofConcurrentRequestsExactlyTheLimitPass() throws Exception {
        var quotas = newSubject();
        var key = key();
        var takes = new ArrayList<Callable<Optional<Duration>>>();
        for (int i = 0; i < 40; i++) {
            takes.add(() -> quotas.take(key, 10, MINUTE, NOW));
        }

        var outcomes = new ArrayList<Optional<Duration>>();
        var pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Optional<Duration>> outcome : pool.invokeAll(takes)) {
                outcomes.add(outcome.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(outcomes.stream().filter(Optional::isEmpty).count()).isEqualTo(10);
    }

    @Test
    void aKeyOutsideTheAlphabetIsRefused() {
        var quotas = newSubject();

        assertThatThrownBy(() -> quotas.take("login 1.2.3.4", 1, MINUTE, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
