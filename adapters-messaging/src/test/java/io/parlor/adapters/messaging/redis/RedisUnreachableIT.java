package io.parlor.adapters.messaging.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.parlor.application.shared.port.out.SampleEvent;
import io.parlor.application.shared.port.out.StoreUnavailable;
import io.parlor.application.shared.port.out.Topic;
import io.parlor.domain.membership.MemberId;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.jmolecules.event.types.DomainEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every Redis adapter can be built while Redis is down, as an instance that starts without it;
 * each call it cannot make is a {@link StoreUnavailable}, and the bus starts listening, and says
 * what it may have missed, once a Redis answers on its port (a redis-server of the test's own):
 * once because it was deaf, and once more because a publication of its own was not sent.
 */
class RedisUnreachableIT {

    private final int port = freePort();
    private final RedisClient client = RedisClient.create("redis://127.0.0.1:" + port);
    private Process server;

    RedisUnreachableIT() {
        client.setOptions(ClientOptions.builder().disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .build());
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void shutDown() throws InterruptedException {
        client.shutdown();
        if (server != null) {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private void startRedis() throws IOException {
        var dir = Files.createTempDirectory("parlor-unreachable-redis");
        server = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", dir.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("redis.log").toFile()).start();
    }

    private static void awaitUpTo(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private static SampleEvent sample(String text) {
        return new SampleEvent(new SampleEvent.SampleId(UUID.randomUUID()), text, 1, Instant.parse("2026-03-02T09:00:00Z"));
    }

    @Test
    void theAdaptersAreBuiltAndTheirCallsAreOutages() {
        try (var quotas = new RedisRequestQuotas(client, "q:");
             var presence = new RedisPresence(client, "p:");
             var tickets = new RedisLoginTickets(client, "t:")) {

            assertThatThrownBy(() -> quotas.take("login:10.0.0.1", 5, Duration.ofMinutes(1), Instant.now()))
                    .isInstanceOfSatisfying(StoreUnavailable.class, outage -> assertThat(outage.store()).isEqualTo("Redis"));
            assertThatThrownBy(() -> presence.markOnline(new MemberId(UUID.randomUUID()), "c1", Duration.ofMinutes(1)))
                    .isInstanceOf(StoreUnavailable.class);
            assertThat(tickets).isNotNull();
        }
    }

    @Test
    void aBusBuiltWhileRedisIsDownListensOnceItIsUpAndSaysWhatItMayHaveMissed() throws Exception {
        var topic = new Topic("chat.room");
        List<DomainEvent> heard = new CopyOnWriteArrayList<>();
        var missed = new AtomicInteger();
        try (var bus = new RedisDomainEventBus(client, "e:")) {
            bus.subscribe(topic, heard::add, missed::incrementAndGet);
            assertThatCode(() -> bus.publish(topic, sample("while deaf"))).doesNotThrowAnyException();
            int missedWhileDown = missed.get();

            startRedis();
            // once for the outage it heard, once for the publication it could not send
            awaitUpTo(Duration.ofSeconds(20), () -> missed.get() >= 2);
            try (var peer = new RedisDomainEventBus(client, "e:")) {
                peer.publish(topic, sample("after"));
                awaitUpTo(Duration.ofSeconds(10), () -> !heard.isEmpty());
            }

            assertThat(missedWhileDown).isZero();
            assertThat(missed.get()).isEqualTo(2);
            assertThat(heard).extracting(event -> ((SampleEvent) event).text()).containsExactly("after");
        }
    }
}
