package io.parlor.domain.reservation;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import java.time.Instant;
import org.jmolecules.event.types.DomainEvent;

/**
 * A fact about a reservation, one per transition. Each names the reservation, its shop,
 * designer and customer, its served time after the transition, and when it happened.
 */
public sealed interface ReservationEvent extends DomainEvent permits ReservationHeld, ReservationConfirmed,
        ReservationCancelled, ReservationRescheduled, ReservationCompleted, ReservationNoShow, ReservationExpired {

    ReservationId reservation();

    ShopId shop();

    MemberId designer();

    MemberId customer();

    Instant startAt();

    Instant endAt();

    Instant occurredAt();
}
