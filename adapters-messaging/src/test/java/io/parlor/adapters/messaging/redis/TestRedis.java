package io.parlor.adapters.messaging.redis;

import io.lettuce.core.RedisClient;

/** The Redis server the integration tests run against, named by {@code parlor.test.redis.uri}. */
final class TestRedis {

    private TestRedis() {
    }

    static RedisClient client() {
        String uri = System.getProperty("parlor.test.redis.uri", "");
        if (uri.isBlank() || uri.startsWith("${")) {
            throw new IllegalStateException("set parlor.test.redis.uri (scripts/test.sh starts a Redis and does)");
        }
        return RedisClient.create(uri);
    }
}
