package io.parlor.domain.reservation;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import java.time.Instant;

/** The staff recorded that the customer did not come. */
public record ReservationNoShow(ReservationId reservation, ShopId shop, MemberId designer, MemberId customer, Instant startAt,
        Instant endAt, Instant occurredAt) implements ReservationEvent {
}
