package io.parlor.adapters.messaging.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanIterator;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.parlor.application.reservation.port.out.SlotLockContract;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs against the shared test Redis under a prefix of its own, which it sweeps afterwards. */
class RedisSlotLockIT extends SlotLockContract {

    private static final String PREFIX = "parlor-test:slots:" + UUID.randomUUID() + ":";

    private static RedisClient client;
    private static StatefulRedisConnection<String, String> inspector;
    private final List<RedisSlotLock> opened = new ArrayList<>();

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
        opened.forEach(RedisSlotLock::close);
    }

    @Override
    protected RedisSlotLock newSubject() {
        var lock = new RedisSlotLock(client, PREFIX);
        opened.add(lock);
        return lock;
    }

    @Test
    void keepsTheLockUnderItsPrefixForItsTimeToLive() {
        var lock = newSubject();

        var token = lock.tryLock("reservation.slot:a:1", Duration.ofSeconds(10)).orElseThrow();

        var key = lock.redisKey(token.key());
        assertThat(key).startsWith(PREFIX);
        assertThat(inspector.sync().get(key)).isEqualTo(token.value());
        assertThat(inspector.sync().pttl(key)).isPositive().isLessThanOrEqualTo(10_000);
    }

    @Test
    void twoInstancesNeverHoldOneKeyAtOnce() {
        var first = newSubject();
        var second = newSubject();

        var taken = first.tryLock("reservation.slot:b:2", Duration.ofSeconds(30));
        var refused = second.tryLock("reservation.slot:b:2", Duration.ofSeconds(30));
        second.release(taken.orElseThrow());
        var stillRefused = second.tryLock("reservation.slot:b:2", Duration.ofSeconds(30));

        assertThat(taken).isPresent();
        assertThat(refused).isEmpty();
        assertThat(stillRefused).isPresent();
    }

    @Test
    void failsFastWhenRedisCannotBeReached() throws IOException {
        var unreachable = RedisClient.create("redis://127.0.0.1:" + freePort());
        unreachable.setOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(Duration.ofSeconds(2)))
                .build());
        var lock = new RedisSlotLock(unreachable, PREFIX);
        long started = System.nanoTime();

        try {
            assertThatThrownBy(() -> lock.tryLock("reservation.slot:c:3", Duration.ofSeconds(5)))
                    .isInstanceOf(RuntimeException.class);
        } finally {
            lock.close();
            unreachable.shutdown();
        }

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
