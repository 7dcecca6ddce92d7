package io.parlor.domain.reservation;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import java.time.Instant;

/** A reservation moved to another start of the same designer, keeping its services and status. */
public record ReservationRescheduled(ReservationId reservation, ShopId shop, MemberId designer, MemberId customer,
        Instant previousStartAt, Instant previousEndAt, Instant startAt, Instant endAt, Instant occurredAt)
        implements ReservationEvent {
}
