package io.parlor.adapters.messaging.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.TimeoutOptions;
import io.parlor.application.reservation.port.out.SlotLockContract;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Runs against the shared test Redis under a prefix of its own, which it sweeps afterwards. */
class RedisSlotLockIT extends SlotLockContract {

    @RegisterExtension
    static final TestRedis redis = TestRedis.under("slots");


    @Override
    protected RedisSlotLock newSubject() {
        return redis.open(new RedisSlotLock(redis.client(), redis.prefix()));
    }

    @Test
    void keepsTheLockUnderItsPrefixForItsTimeToLive() {
        var lock = newSubject();

        var token = lock.tryLock("reservation.slot:a:1", Duration.ofSeconds(10)).orElseThrow();

        var key = lock.redisKey(token.key());
        assertThat(key).startsWith(redis.prefix());
        assertThat(redis.inspect().get(key)).isEqualTo(token.value());
        assertThat(redis.inspect().pttl(key)).isPositive().isLessThanOrEqualTo(10_000);
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
        var lock = new RedisSlotLock(unreachable, redis.prefix());
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
