package io.parlor.adapters.messaging.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanIterator;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The Redis server the integration tests share, named by {@code parlor.test.redis.uri}. As an
 * extension on a static field it gives a test class a key prefix of its own, closes the subjects
 * each test opened, and at the end sweeps the prefix and disconnects.
 */
final class TestRedis implements AfterEachCallback, AfterAllCallback {

    private final String prefix;
    private final List<AutoCloseable> opened = new CopyOnWriteArrayList<>();
    private RedisClient client;
    private StatefulRedisConnection<String, String> inspector;

    private TestRedis(String prefix) {
        this.prefix = prefix;
    }

    /** Keys under {@code parlor-test:<name>:<random>:}. */
    static TestRedis under(String name) {
        return new TestRedis("parlor-test:" + name + ":" + UUID.randomUUID() + ":");
    }

    /** A new client of the test server; the caller shuts it down. */
    static RedisClient newClient() {
        String uri = System.getProperty("parlor.test.redis.uri", "");
        if (uri.isBlank() || uri.startsWith("${")) {
            throw new IllegalStateException("set parlor.test.redis.uri (scripts/test.sh starts a Redis and does)");
        }
        return RedisClient.create(uri);
    }

    String prefix() {
        return prefix;
    }

    synchronized RedisClient client() {
        if (client == null) {
            client = newClient();
        }
        return client;
    }

    /** Commands on a connection of its own, to look at what the subjects stored. */
    synchronized RedisCommands<String, String> inspect() {
        if (inspector == null) {
            inspector = client().connect();
        }
        return inspector.sync();
    }

    /** {@code subject}, closed after the test that opened it. */
    <T extends AutoCloseable> T open(T subject) {
        opened.add(subject);
        return subject;
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        for (AutoCloseable subject : opened) {
            subject.close();
        }
        opened.clear();
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (client == null) {
            return;
        }
        var commands = inspect();
        ScanIterator.scan(commands, ScanArgs.Builder.matches(prefix + "*")).forEachRemaining(commands::del);
        inspector.close();
        client.shutdown();
        client = null;
        inspector = null;
    }
}
