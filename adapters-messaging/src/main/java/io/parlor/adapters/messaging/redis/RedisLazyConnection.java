package io.parlor.adapters.messaging.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import io.parlor.application.shared.port.out.StoreUnavailable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

/**
 * A connection opened on first use, and again on the next use after an open failed, so that an
 * adapter can be built while Redis is down and works as soon as Redis answers. Once open, lettuce
 * reconnects it by itself; while it is disconnected, commands fail at once (the client rejects
 * them). Every failure to reach Redis, on opening or on a command, is a {@link StoreUnavailable};
 * an error Redis itself answers (a script it does not know, a wrong type) passes unchanged.
 */
final class RedisLazyConnection implements AutoCloseable {

    private static final String REDIS = "Redis";

    private final RedisClient client;
    private StatefulRedisConnection<String, String> connection;
    private volatile RedisCommands<String, String> commands;
    private boolean closed;

    RedisLazyConnection(RedisClient client) {
        this.client = client;
    }

    /** @throws StoreUnavailable when Redis cannot be reached, now or by a command of these */
    RedisCommands<String, String> sync() {
        var open = commands;
        if (open != null) {
            return open;
        }
        synchronized (this) {
            open();
            return commands;
        }
    }

    /** @throws StoreUnavailable when Redis cannot be reached now; a command's own failure completes its future */
    synchronized RedisAsyncCommands<String, String> async() {
        return open().async();
    }

    private StatefulRedisConnection<String, String> open() {
        if (closed) {
            throw new IllegalStateException("closed");
        }
        if (connection == null) {
            try {
                connection = client.connect();
            } catch (RedisException unreachable) {
                throw new StoreUnavailable(REDIS, unreachable);
            }
            commands = translated(connection.sync());
        }
        return connection;
    }

    // A proxy because lettuce's command interface has some 400 methods, all to be treated alike.
    @SuppressWarnings("unchecked")
    private static RedisCommands<String, String> translated(RedisCommands<String, String> target) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            try {
                return method.invoke(target, arguments);
            } catch (InvocationTargetException failed) {
                Throwable cause = failed.getCause();
                if (cause instanceof RedisException && !(cause instanceof RedisCommandExecutionException)) {
                    throw new StoreUnavailable(REDIS, cause);
                }
                throw cause;
            }
        };
        return (RedisCommands<String, String>) Proxy.newProxyInstance(RedisCommands.class.getClassLoader(),
                new Class<?>[] {RedisCommands.class}, handler);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (connection != null) {
            connection.close();
        }
    }
}
