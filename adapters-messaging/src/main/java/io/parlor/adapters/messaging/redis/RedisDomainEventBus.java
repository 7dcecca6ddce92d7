package io.parlor.adapters.messaging.redis;

import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.application.shared.port.out.Subscription;
import io.parlor.application.shared.port.out.Topic;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jmolecules.event.types.DomainEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fans events out to every instance through Redis pub/sub: one channel per topic, one
 * connection to publish and one to receive. Redis keeps the order of one connection's
 * publications, and lettuce hands a connection's messages over on one thread, so each
 * subscription sees a topic's events in publish order and one at a time.
 *
 * <p>Redis may be down when the bus is built or go down later: a keeper thread opens the
 * receiving connection until it succeeds, subscribes every topic once it is (back) up, and then
 * tells each subscription that it may have missed events while the bus was deaf. Publications
 * during an outage are dropped (logged); what they announced is in the database.
 *
 * <p>The publishing connection reconnects on its own schedule, so a publication can fail while
 * every receiver listens and hears of no outage. Its channel is then remembered, and once
 * publishing works again the keeper sends {@link #MISSED} on it: every instance that hears it
 * tells that channel's subscriptions that they may have missed events.
 */
public final class RedisDomainEventBus implements DomainEventBus, AutoCloseable {

    static final Duration KEEP_EVERY = Duration.ofMillis(250);
    /** Sent on a channel after a publication on it failed; never a JSON envelope, so never an event. */
    static final String MISSED = "missed";
    private static final Logger LOG = LoggerFactory.getLogger(RedisDomainEventBus.class);

    private final RedisClient client;
    private final String channelPrefix;
    private final RedisEventCodec codec = new RedisEventCodec(getClass().getClassLoader());
    private final RedisLazyConnection publisher;
    private final Map<String, List<Handler>> handlers = new ConcurrentHashMap<>();
    private final Object subscriptionChanges = new Object();
    // channels with a failed publication that no MISSED has announced yet
    private final Set<String> unannounced = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService keeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "redis-bus-keeper");
        thread.setDaemon(true);
        return thread;
    });
    // guarded by subscriptionChanges
    private StatefulRedisPubSubConnection<String, String> receiver;
    // false until every channel of handlers is subscribed on an open receiver; cleared on disconnect
    private volatile boolean listening;

    private record Handler(Consumer<DomainEvent> events, Runnable missed) {
    }

    /**
     * @param client        the Redis client; its connections are opened here (or once Redis answers)
     *                      and closed by {@link #close()}
     * @param channelPrefix keeps several deployments on one Redis apart, e.g. {@code parlor:events:}
     */
    public RedisDomainEventBus(RedisClient client, String channelPrefix) {
        this.client = client;
        this.channelPrefix = channelPrefix;
        this.publisher = new RedisLazyConnection(client);
        keep();
        keeper.scheduleWithFixedDelay(this::keep, KEEP_EVERY.toMillis(), KEEP_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void publish(Topic topic, DomainEvent event) {
        String channel = channelPrefix + topic.name();
        try {
            publisher.async().publish(channel, codec.encode(event))
                    .exceptionally(failure -> {
                        notSent(channel, event, failure);
                        return 0L;
                    });
        } catch (RuntimeException unreachable) {
            notSent(channel, event, unreachable);
        }
    }

    private void notSent(String channel, DomainEvent event, Throwable failure) {
        unannounced.add(channel);
        LOG.warn("could not publish {} on {}: {}", event.getClass().getSimpleName(), channel.substring(channelPrefix.length()),
                failure.getMessage());
    }

    @Override
    public Subscription subscribe(Topic topic, Consumer<DomainEvent> handler) {
        return subscribe(topic, handler, () -> { });
    }

    @Override
    public Subscription subscribe(Topic topic, Consumer<DomainEvent> events, Runnable missed) {
        String channel = channelPrefix + topic.name();
        var handler = new Handler(events, missed);
        boolean deaf;
        synchronized (subscriptionChanges) {
            var list = handlers.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>());
            if (list.isEmpty() && listening) {
                try {
                    receiver.sync().subscribe(channel);
                } catch (RuntimeException e) {
                    listening = false;
                }
            }
            list.add(handler);
            deaf = !listening;
        }
        if (deaf) {
            LOG.debug("subscribed to {} while Redis is unreachable; it is told what it may have missed later", channel);
        }
        return () -> unsubscribe(channel, handler);
    }

    private void unsubscribe(String channel, Handler handler) {
        synchronized (subscriptionChanges) {
            var list = handlers.get(channel);
            if (list == null || !list.remove(handler) || !list.isEmpty()) {
                return;
            }
            handlers.remove(channel);
            if (listening) {
                try {
                    receiver.sync().unsubscribe(channel);
                } catch (RuntimeException e) {
                    // a channel nobody follows only costs the deliveries deliver() ignores
                    LOG.debug("could not unsubscribe {}: {}", channel, e.getMessage());
                }
            }
        }
    }

    private void keep() {
        listen();
        announceMissed();
    }

    /** Opens and (re)subscribes the receiver when it is not listening, then tells every handler. */
    private void listen() {
        List<Handler> toTell;
        synchronized (subscriptionChanges) {
            if (listening) {
                return;
            }
            try {
                if (receiver == null) {
                    receiver = openReceiver();
                }
                if (!receiver.isOpen()) {
                    return;
                }
                if (!handlers.isEmpty()) {
                    receiver.sync().subscribe(handlers.keySet().toArray(String[]::new));
                }
                listening = true;
            } catch (RuntimeException unreachable) {
                LOG.debug("Redis is not reachable yet: {}", unreachable.getMessage());
                return;
            }
            toTell = handlers.values().stream().flatMap(List::stream).toList();
        }
        tell(toTell);
    }

    /** Sends {@link #MISSED} on every channel whose publication failed, once publishing works again. */
    private void announceMissed() {
        for (String channel : unannounced) {
            unannounced.remove(channel);
            try {
                publisher.sync().publish(channel, MISSED);
            } catch (RuntimeException stillUnreachable) {
                unannounced.add(channel);
                return;
            }
        }
    }

    private static void tell(List<Handler> toTell) {
        for (Handler handler : toTell) {
            try {
                handler.missed().run();
            } catch (RuntimeException e) {
                LOG.warn("a subscription failed to recover what it missed", e);
            }
        }
    }

    private StatefulRedisPubSubConnection<String, String> openReceiver() {
        var connection = client.connectPubSub();
        connection.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                deliver(channel, message);
            }
        });
        client.addListener(new RedisConnectionStateListener() {
            @Override
            public void onRedisDisconnected(RedisChannelHandler<?, ?> disconnected) {
                if (disconnected == connection) {
                    listening = false;
                }
            }
        });
        return connection;
    }

    private void deliver(String channel, String message) {
        var list = handlers.get(channel);
        if (list == null) {
            return;
        }
        if (MISSED.equals(message)) {
            // recovery reads the store, which must not hold up lettuce's event loop
            var toTell = List.copyOf(list);
            try {
                keeper.execute(() -> tell(toTell));
            } catch (RejectedExecutionException closed) {
                LOG.debug("closed; {} not told what it missed", channel);
            }
            return;
        }
        DomainEvent event;
        try {
            event = codec.decode(message);
        } catch (RuntimeException e) {
            LOG.warn("dropped an unreadable message on {}", channel, e);
            return;
        }
        for (Handler handler : list) {
            try {
                handler.events().accept(event);
            } catch (RuntimeException e) {
                LOG.warn("handler of {} failed", channel, e);
            }
        }
    }

    @Override
    public void close() {
        keeper.shutdownNow();
        synchronized (subscriptionChanges) {
            if (receiver != null) {
                receiver.close();
            }
        }
        publisher.close();
    }
}
