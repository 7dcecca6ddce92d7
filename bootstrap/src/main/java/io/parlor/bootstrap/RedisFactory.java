package io.parlor.bootstrap;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.parlor.adapters.messaging.redis.RedisDomainEventBus;
import io.parlor.adapters.messaging.redis.RedisLoginTickets;
import io.parlor.adapters.messaging.redis.RedisOneTimeCodes;
import io.parlor.adapters.messaging.redis.RedisRequestQuotas;
import io.parlor.application.membership.port.out.LoginTickets;
import io.parlor.application.membership.port.out.OneTimeCodes;
import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.application.shared.port.out.RequestQuotas;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Redis-backed ports, present when {@code PARLOR_REDIS_URI} is set. */
@Factory
@Requires(property = RedisFactory.URI)
class RedisFactory {

    static final String URI = "parlor.redis.uri";

    /**
     * Commands fail within two seconds and at once while disconnected, so that a Redis outage
     * fails the features that need Redis quickly instead of holding requests; reconnection is
     * automatic, retried at least once a second, so that an instance is back soon after Redis is.
     */
    @Singleton
    @Bean(preDestroy = "shutdown")
    RedisClient redisClient(@Property(name = URI) String uri, ClientResources resources) {
        var client = RedisClient.create(resources, uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(Duration.ofSeconds(2)).build())
                .timeoutOptions(TimeoutOptions.enabled(Duration.ofSeconds(2)))
                .build());
        return client;
    }

    /** The client's threads, with a reconnect delay that doubles from 50 ms up to one second. */
    @Singleton
    @Bean(preDestroy = "shutdown")
    ClientResources redisClientResources() {
        return DefaultClientResources.builder()
                .reconnectDelay(Delay.exponential(Duration.ofMillis(50), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS))
                .build();
    }

    @Singleton
    @Bean(typed = DomainEventBus.class, preDestroy = "close")
    RedisDomainEventBus redisEventBus(RedisClient client) {
        return new RedisDomainEventBus(client, "parlor:events:");
    }

    @Singleton
    @Bean(typed = OneTimeCodes.class, preDestroy = "close")
    RedisOneTimeCodes redisOneTimeCodes(RedisClient client) {
        return new RedisOneTimeCodes(client, "parlor:codes:");
    }

    @Singleton
    @Bean(typed = RequestQuotas.class, preDestroy = "close")
    RedisRequestQuotas redisRequestQuotas(RedisClient client) {
        return new RedisRequestQuotas(client, "parlor:quotas:");
    }

    @Singleton
    @Bean(typed = LoginTickets.class, preDestroy = "close")
    RedisLoginTickets redisLoginTickets(RedisClient client) {
        return new RedisLoginTickets(client, "parlor:tickets:");
    }
}
