package io.parlor.adapters.messaging.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanIterator;
import io.lettuce.core.api.StatefulRedisConnection;
import io.parlor.application.membership.port.out.LoginTickets.Kind;
import io.parlor.application.membership.port.out.LoginTicketsContract;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs against the shared test Redis under a prefix of its own, which it sweeps afterwards. */
class RedisLoginTicketsIT extends LoginTicketsContract {

    private static final String PREFIX = "parlor-test:tickets:" + UUID.randomUUID() + ":";

    private static RedisClient client;
    private static StatefulRedisConnection<String, String> inspector;
    private final List<RedisLoginTickets> opened = new ArrayList<>();

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
        opened.forEach(RedisLoginTickets::close);
    }

    @Override
    protected RedisLoginTickets newSubject() {
        var tickets = new RedisLoginTickets(client, PREFIX);
        opened.add(tickets);
        return tickets;
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

        assertThat(inspector.sync().pttl(tickets.keyOf(Kind.OAUTH_STATE, key))).isPositive()
                .isLessThanOrEqualTo(Duration.ofSeconds(600).plus(RedisLoginTickets.CLOCK_SKEW_GRACE).toMillis());
    }

    @Test
    void keysNameTheKindAndTheDigestNeverTheSecret() {
        var tickets = newSubject();
        var key = freshKey();

        tickets.put(Kind.LOGIN_KEY, key, "member-1", now().plusSeconds(60));

        String redisKey = tickets.keyOf(Kind.LOGIN_KEY, key);
        assertThat(redisKey).isEqualTo(PREFIX + "login-key:" + key.hex());
        assertThat(inspector.sync().hgetall(redisKey)).containsOnlyKeys("value", "expires")
                .containsEntry("value", "member-1");
    }

    @Test
    void takingAnExpiredTicketDeletesIt() {
        var tickets = newSubject();
        var key = freshKey();
        var now = now();
        tickets.put(Kind.OAUTH_STATE, key, "kakao", now.plusSeconds(600));

        tickets.take(Kind.OAUTH_STATE, key, now.plusSeconds(600));

        assertThat(inspector.sync().exists(tickets.keyOf(Kind.OAUTH_STATE, key))).isZero();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
