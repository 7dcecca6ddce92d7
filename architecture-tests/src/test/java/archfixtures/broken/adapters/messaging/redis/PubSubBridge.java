package archfixtures.broken.adapters.messaging.redis;

/** Breaks: Redis adapters start with Redis. */
public final class PubSubBridge {
}
