package io.parlor.domain.reservation;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import java.time.Instant;
import java.util.Optional;

/**
 * A held or confirmed reservation was cancelled; its time is free again.
 *
 * @param byStaff whether the shop's staff cancelled it rather than the customer
 * @param reason  what the canceller said, if anything
 */
public record ReservationCancelled(ReservationId reservation, ShopId shop, MemberId designer, MemberId customer,
        Instant startAt, Instant endAt, boolean byStaff, Optional<String> reason, Instant occurredAt)
        implements ReservationEvent {
}
