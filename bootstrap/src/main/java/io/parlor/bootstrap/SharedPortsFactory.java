package io.parlor.bootstrap;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.parlor.application.shared.Platform;
import io.parlor.application.shared.Quotas;
import io.parlor.application.shared.inmemory.InMemoryRequestQuotas;
import io.parlor.application.shared.inmemory.InProcessDomainEventBus;
import io.parlor.application.shared.port.in.CheckQuota;
import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.application.shared.port.out.IdGenerator;
import io.parlor.application.shared.port.out.RequestQuotas;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.application.shared.system.SystemIdGenerator;
import io.parlor.application.shared.system.SystemTimeSource;
import jakarta.inject.Singleton;

/** Time, ids, and the event bus and request quotas of the embedded default (Redis replaces both when configured). */
@Factory
class SharedPortsFactory {

    @Singleton
    TimeSource timeSource() {
        return new SystemTimeSource();
    }

    @Singleton
    IdGenerator idGenerator() {
        return new SystemIdGenerator();
    }

    /** The one platform every context runs on. */
    @Singleton
    Platform platform(TransactionRunner transactions, DomainEventBus events, TimeSource time, IdGenerator ids) {
        return new Platform(transactions, events, time, ids);
    }

    @Singleton
    @Bean(typed = DomainEventBus.class)
    @Requires(missingProperty = RedisFactory.URI)
    DomainEventBus inProcessEventBus() {
        return new InProcessDomainEventBus();
    }

    @Singleton
    CheckQuota checkQuota(RequestQuotas quotas, TimeSource time) {
        return Quotas.checker(quotas, time);
    }

    @Singleton
    @Requires(missingProperty = RedisFactory.URI)
    RequestQuotas inProcessRequestQuotas() {
        return new InMemoryRequestQuotas();
    }
}
