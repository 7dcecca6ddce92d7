package io.parlor.adapters.messaging.redis;

import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.application.shared.port.out.DomainEventBusContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each bus has its own connections, as two application instances would. */
class RedisDomainEventBusIT extends DomainEventBusContract {

    @RegisterExtension
    static final TestRedis redis = TestRedis.under("events");

    @Override
    protected DomainEventBus newSubject() {
        return redis.open(new RedisDomainEventBus(redis.client(), redis.prefix()));
    }

    @Override
    protected DomainEventBus peerOf(DomainEventBus bus) {
        return newSubject();
    }
}
