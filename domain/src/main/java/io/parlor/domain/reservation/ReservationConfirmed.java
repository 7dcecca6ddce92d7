package io.parlor.domain.reservation;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import java.time.Instant;

/** The customer confirmed a held reservation before its hold ran out; the slot is theirs. */
public record ReservationConfirmed(ReservationId reservation, ShopId shop, MemberId designer, MemberId customer, Instant startAt,
        Instant endAt, Instant occurredAt) implements ReservationEvent {
}
