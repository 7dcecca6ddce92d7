package io.parlor.adapters.messaging.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.application.shared.port.out.Subscription;
import io.parlor.application.shared.port.out.Topic;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jmolecules.event.types.DomainEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fans events out to every instance through Redis pub/sub: one channel per topic, one
 * connection to publish and one to receive. Redis keeps the order of one connection's
 * publications, and lettuce hands a connection's messages over on one thread, so each
 * subscription sees a topic's events in publish order and one at a time.
 */
public final class RedisDomainEventBus implements DomainEventBus, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RedisDomainEventBus.class);

    private final String channelPrefix;
    private final RedisEventCodec codec = new RedisEventCodec(getClass().getClassLoader());
    private final StatefulRedisConnection<String, String> publisher;
    private final StatefulRedisPubSubConnection<String, String> receiver;
    private final Map<String, List<Consumer<DomainEvent>>> handlers = new ConcurrentHashMap<>();
    private final Object subscriptionChanges = new Object();

    /**
     * @param client        the Redis client; its connections are opened here and closed by {@link #close()}
     * @param channelPrefix keeps several deployments on one Redis apart, e.g. {@code parlor:events:}
     */
    public RedisDomainEventBus(RedisClient client, String channelPrefix) {
        this.channelPrefix = channelPrefix;
        this.publisher = client.connect();
        this.receiver = client.connectPubSub();
        this.receiver.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                deliver(channel, message);
            }
        });
    }

    @Override
    public void publish(Topic topic, DomainEvent event) {
        publisher.async().publish(channelPrefix + topic.name(), codec.encode(event))
                .exceptionally(failure -> {
                    LOG.warn("could not publish {} on {}", event.getClass().getSimpleName(), topic.name(), failure);
                    return 0L;
                });
    }

    @Override
    public Subscription subscribe(Topic topic, Consumer<DomainEvent> handler) {
        String channel = channelPrefix + topic.name();
        synchronized (subscriptionChanges) {
            var list = handlers.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>());
            if (list.isEmpty()) {
                receiver.sync().subscribe(channel);
            }
            list.add(handler);
        }
        return () -> unsubscribe(channel, handler);
    }

    private void unsubscribe(String channel, Consumer<DomainEvent> handler) {
        synchronized (subscriptionChanges) {
            var list = handlers.get(channel);
            if (list == null || !list.remove(handler) || !list.isEmpty()) {
                return;
            }
            handlers.remove(channel);
            receiver.sync().unsubscribe(channel);
        }
    }

    private void deliver(String channel, String message) {
        var list = handlers.get(channel);
        if (list == null) {
            return;
        }
        DomainEvent event;
        try {
            event = codec.decode(message);
        } catch (RuntimeException e) {
            LOG.warn("dropped an unreadable message on {}", channel, e);
            return;
        }
        for (Consumer<DomainEvent> handler : list) {
            try {
                handler.accept(event);
            } catch (RuntimeException e) {
                LOG.warn("handler of {} failed", channel, e);
            }
        }
    }

    @Override
    public void close() {
        receiver.close();
        publisher.close();
    }
}
