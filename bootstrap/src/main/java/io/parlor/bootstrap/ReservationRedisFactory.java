package io.parlor.bootstrap;

import io.lettuce.core.RedisClient;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.parlor.adapters.messaging.redis.RedisSlotLock;
import io.parlor.application.reservation.port.out.SlotLock;
import jakarta.inject.Singleton;

/**
 * The slot lock shared by every instance, present when {@code PARLOR_REDIS_URI} is set. It uses
 * the client of {@link RedisFactory}, whose commands fail fast while Redis is unreachable; holds
 * then go on to the database guard.
 */
@Factory
@Requires(property = RedisFactory.URI)
class ReservationRedisFactory {

    @Singleton
    @Bean(typed = SlotLock.class, preDestroy = "close")
    RedisSlotLock redisSlotLock(RedisClient client) {
        return new RedisSlotLock(client, "parlor:slots:");
    }
}
