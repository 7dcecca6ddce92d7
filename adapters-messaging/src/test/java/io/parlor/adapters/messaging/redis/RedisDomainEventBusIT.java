package io.parlor.adapters.messaging.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.KillArgs;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.application.shared.port.out.DomainEventBusContract;
import io.parlor.application.shared.port.out.SampleEvent;
import io.parlor.application.shared.port.out.Topic;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.jmolecules.event.types.DomainEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each bus has its own connections, as two application instances would. */
class RedisDomainEventBusIT extends DomainEventBusContract {

    @RegisterExtension
    static final TestRedis redis = TestRedis.under("events");

    @Override
    protected DomainEventBus newSubject() {
        return redis.open(new RedisDomainEventBus(redis.client(), redis.prefix()));
    }

    @Override
    protected DomainEventBus peerOf(DomainEventBus bus) {
        return newSubject();
    }

    @Test
    void aPublicationLostWhileOnlyThePublisherWasCutOffIsAnnouncedAsMissedOnEveryInstance() throws Exception {
        String name = "publisher-" + UUID.randomUUID();
        var resources = DefaultClientResources.builder().reconnectDelay(Delay.constant(Duration.ofSeconds(2))).build();
        var cutOff = RedisClient.create(resources, RedisURI.builder(RedisURI.create(System.getProperty("parlor.test.redis.uri")))
                .withClientName(name).build());
        cutOff.setOptions(ClientOptions.builder().disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .build());
        try {
            var bus = redis.open(new RedisDomainEventBus(cutOff, redis.prefix()));
            var peer = newSubject();
            var topic = new Topic("cut-off." + UUID.randomUUID());
            List<DomainEvent> heard = new CopyOnWriteArrayList<>();
            var missedHere = new AtomicInteger();
            var missedThere = new AtomicInteger();
            bus.subscribe(topic, heard::add, missedHere::incrementAndGet);
            peer.subscribe(topic, heard::add, missedThere::incrementAndGet);
            bus.publish(topic, SampleEvent.numbered(1));
            awaitUpTo(Duration.ofSeconds(10), () -> heard.size() == 2);
            int missedHereBefore = missedHere.get();
            int missedThereBefore = missedThere.get();

            killNormalConnectionsNamed(name);
            bus.publish(topic, SampleEvent.numbered(2));
            awaitUpTo(Duration.ofSeconds(15), () -> missedHere.get() > missedHereBefore && missedThere.get() > missedThereBefore);

            assertThat(heard).containsExactly(SampleEvent.numbered(1), SampleEvent.numbered(1));
            assertThat(missedHere.get() - missedHereBefore).isEqualTo(1);
            assertThat(missedThere.get() - missedThereBefore).isEqualTo(1);
        } finally {
            cutOff.shutdown();
            resources.shutdown();
        }
    }

    /** Ends the publishing connection of that client; its receiving one (flags P, pub/sub) stays. */
    private static void killNormalConnectionsNamed(String name) {
        var commands = redis.inspect();
        for (String line : commands.clientList().split("\n")) {
            List<String> fields = List.of(line.trim().split(" "));
            if (fields.contains("name=" + name) && fields.contains("flags=N")) {
                commands.clientKill(KillArgs.Builder.id(Long.parseLong(fields.get(0).substring("id=".length()))));
            }
        }
    }

    private static void awaitUpTo(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
