package io.parlor.bootstrap;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.parlor.application.bridge.BackOfficeFollowUps;
import io.parlor.application.bridge.MembershipShopDirectory;
import io.parlor.application.membership.port.out.Shops;
import io.parlor.application.membership.port.in.CustomerAudience;
import io.parlor.application.notification.port.in.ShopMessageTriggers;
import io.parlor.application.reservation.ReservationPorts;
import io.parlor.application.reservation.ReservationUseCases;
import io.parlor.application.reservation.inmemory.InMemorySlotLock;
import io.parlor.application.reservation.port.out.BookingPolicies;
import io.parlor.application.reservation.port.out.Catalog;
import io.parlor.application.reservation.port.out.Reservations;
import io.parlor.application.reservation.port.out.Schedules;
import io.parlor.application.reservation.port.out.ShopDirectory;
import io.parlor.application.reservation.port.out.SlotLock;
import io.parlor.application.shared.Platform;
import io.parlor.application.shared.port.out.TimeSource;
import jakarta.inject.Singleton;

/**
 * Builds the reservation use cases from the configured adapters: the JDBC stores, shops as
 * membership knows them, and the slot lock of the embedded default (Redis replaces it when
 * configured, see {@link ReservationRedisFactory}). The ports are a bean of their own, so that a
 * test can rebuild the use cases over one port swapped.
 */
@Factory
class ReservationFactory {

    @Singleton
    ShopDirectory shopDirectory(Shops shops) {
        return new MembershipShopDirectory(shops);
    }

    @Singleton
    @Requires(missingProperty = RedisFactory.URI)
    SlotLock inProcessSlotLock(TimeSource time) {
        return new InMemorySlotLock(time);
    }

    @Singleton
    ReservationPorts reservationPorts(Platform platform, Reservations reservations, Catalog catalog,
                                      Schedules schedules, BookingPolicies policies, ShopDirectory shops,
                                      SlotLock slotLock, BackOfficeFollowUps backOffice) {
        return new ReservationPorts(platform, reservations, catalog, schedules, policies, shops, slotLock, backOffice,
                backOffice);
    }

    @Singleton
    BackOfficeFollowUps backOfficeFollowUps(BeanProvider<CustomerAudience> audience,
                                            BeanProvider<ShopMessageTriggers> triggers) {
        return new BackOfficeFollowUps(audience::get, triggers::get);
    }

    @Singleton
    ReservationUseCases reservationUseCases(ReservationPorts ports, ReservationConfiguration configuration) {
        return ReservationUseCases.wire(ports, configuration.toSettings());
    }
}
