package io.parlor.application.reservation;

import io.parlor.application.reservation.port.out.BookingPolicies;
import io.parlor.application.reservation.port.out.Catalog;
import io.parlor.application.reservation.port.out.CustomerStanding;
import io.parlor.application.reservation.port.out.ReservationFollowUps;
import io.parlor.application.reservation.port.out.Reservations;
import io.parlor.application.reservation.port.out.Schedules;
import io.parlor.application.reservation.port.out.ShopDirectory;
import io.parlor.application.reservation.port.out.SlotLock;
import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.application.shared.port.out.IdGenerator;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import java.util.Objects;

/**
 * Every secondary port the reservation use cases need, to be handed to {@link ReservationUseCases#wire}.
 * The stores must take part in the units of work of {@code transactions}.
 */
public record ReservationPorts(Reservations reservations, Catalog catalog, Schedules schedules,
        BookingPolicies policies, ShopDirectory shops, SlotLock slotLock, TransactionRunner transactions,
        DomainEventBus events, TimeSource time, IdGenerator ids, CustomerStanding standing,
        ReservationFollowUps followUps) {

    public ReservationPorts {
        Objects.requireNonNull(reservations, "reservations");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(schedules, "schedules");
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(shops, "shops");
        Objects.requireNonNull(slotLock, "slotLock");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(followUps, "followUps");
    }

    /** Ports without a back office: every customer may book, and no other context follows the changes. */
    public ReservationPorts(Reservations reservations, Catalog catalog, Schedules schedules, BookingPolicies policies,
                            ShopDirectory shops, SlotLock slotLock, TransactionRunner transactions,
                            DomainEventBus events, TimeSource time, IdGenerator ids) {
        this(reservations, catalog, schedules, policies, shops, slotLock, transactions, events, time, ids,
                CustomerStanding.EVERYONE_WELCOME, ReservationFollowUps.NONE);
    }
}
