package io.parlor.adapters.messaging.redis;

import io.lettuce.core.RedisClient;
import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.application.shared.port.out.DomainEventBusContract;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** Each bus has its own connections, as two application instances would. */
class RedisDomainEventBusIT extends DomainEventBusContract {

    private static RedisClient client;
    private final List<RedisDomainEventBus> opened = new ArrayList<>();

    @BeforeAll
    static void connect() {
        client = TestRedis.client();
    }

    @AfterAll
    static void disconnect() {
        client.shutdown();
    }

    @AfterEach
    void closeBuses() {
        opened.forEach(RedisDomainEventBus::close);
    }

    @Override
    protected DomainEventBus newSubject() {
        var bus = new RedisDomainEventBus(client, "parlor-test:events:");
        opened.add(bus);
        return bus;
    }

    @Override
    protected DomainEventBus peerOf(DomainEventBus bus) {
        return newSubject();
    }
}
