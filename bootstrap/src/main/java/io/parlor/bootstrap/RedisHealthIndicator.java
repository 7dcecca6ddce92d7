package io.parlor.bootstrap;

import io.lettuce.core.RedisClient;
import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;

/** Reports whether Redis answers, so that an outage shows in {@code /health} and nowhere else. */
@Singleton
@Requires(beans = RedisClient.class)
class RedisHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final RedisClient client;

    RedisHealthIndicator(RedisClient client) {
        this.client = client;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        try (var connection = client.connect()) {
            connection.setTimeout(Duration.ofSeconds(2));
            String answer = connection.sync().ping();
            healthStatus = HealthStatus.UP;
            return Map.of("ping", answer);
        } catch (RuntimeException e) {
            healthStatus = HealthStatus.DOWN;
            return Map.of("error", "Redis does not answer");
        }
    }

    @Override
    protected String getName() {
        return "redis";
    }
}
