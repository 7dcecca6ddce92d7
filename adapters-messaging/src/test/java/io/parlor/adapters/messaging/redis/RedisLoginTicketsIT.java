package io.parlor.adapters.messaging.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.application.membership.port.out.LoginTickets.Kind;
import io.parlor.application.membership.port.out.LoginTicketsContract;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs against the shared test Redis under a prefix of its own, which it sweeps afterwards. */
class RedisLoginTicketsIT extends LoginTicketsContract {

    @RegisterExtension
    static final TestRedis redis = TestRedis.under("tickets");


    @Override
    protected RedisLoginTickets newSubject() {
        return redis.open(new RedisLoginTickets(redis.client(), redis.prefix()));
    }

    @Test
    void aTicketPutOnOneInstanceIsTakenOnceAcrossTwo() throws Exception {
        var first = newSubject();
        var second = newSubject();
        var key = freshKey();
        var now = now();
        first.put(Kind.LOGIN_KEY, key, "member-1", now.plusSeconds(60));
        var takes = new ArrayList<Callable<Optional<String>>>();
        for (int i = 0; i < 16; i++) {
            var tickets = i % 2 == 0 ? first : second;
            takes.add(() -> tickets.take(Kind.LOGIN_KEY, key, now));
        }

        var values = new ArrayList<Optional<String>>();
        var pool = Executors.newFixedThreadPool(takes.size());
        try {
            for (Future<Optional<String>> result : pool.invokeAll(takes)) {
                values.add(result.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(values).hasSize(16).containsOnlyOnce(Optional.of("member-1"));
    }

    @Test
    void redisDropsATicketShortlyAfterItExpires() {
        var tickets = newSubject();
        var key = freshKey();

        tickets.put(Kind.OAUTH_STATE, key, "kakao", now().plusSeconds(600));

        assertThat(redis.inspect().pttl(tickets.keyOf(Kind.OAUTH_STATE, key))).isPositive()
                .isLessThanOrEqualTo(Duration.ofSeconds(600).plus(RedisLoginTickets.CLOCK_SKEW_GRACE).toMillis());
    }

    @Test
    void keysNameTheKindAndTheDigestNeverTheSecret() {
        var tickets = newSubject();
        var key = freshKey();

        tickets.put(Kind.LOGIN_KEY, key, "member-1", now().plusSeconds(60));

        String redisKey = tickets.keyOf(Kind.LOGIN_KEY, key);
        assertThat(redisKey).isEqualTo(redis.prefix() + "login-key:" + key.hex());
        assertThat(redis.inspect().hgetall(redisKey)).containsOnlyKeys("value", "expires")
                .containsEntry("value", "member-1");
    }

    @Test
    void takingAnExpiredTicketDeletesIt() {
        var tickets = newSubject();
        var key = freshKey();
        var now = now();
        tickets.put(Kind.OAUTH_STATE, key, "kakao", now.plusSeconds(600));

        tickets.take(Kind.OAUTH_STATE, key, now.plusSeconds(600));

        assertThat(redis.inspect().exists(tickets.keyOf(Kind.OAUTH_STATE, key))).isZero();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
