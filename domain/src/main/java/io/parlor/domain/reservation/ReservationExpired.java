package io.parlor.domain.reservation;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import java.time.Instant;

/** A hold ran out unconfirmed and was marked expired; its slot had been free since the hold ran out. */
public record ReservationExpired(ReservationId reservation, ShopId shop, MemberId designer, MemberId customer, Instant startAt,
        Instant endAt, Instant occurredAt) implements ReservationEvent {
}
