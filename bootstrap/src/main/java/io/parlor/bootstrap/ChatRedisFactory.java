package io.parlor.bootstrap;

import io.lettuce.core.RedisClient;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.parlor.adapters.messaging.redis.RedisPresence;
import io.parlor.application.chat.port.out.Presence;
import jakarta.inject.Singleton;

/** Presence shared by every instance, when {@code PARLOR_REDIS_URI} is set. */
@Factory
@Requires(property = RedisFactory.URI)
class ChatRedisFactory {

    @Singleton
    @Bean(typed = Presence.class, preDestroy = "close")
    RedisPresence redisPresence(RedisClient client) {
        return new RedisPresence(client, "parlor:presence:");
    }
}
