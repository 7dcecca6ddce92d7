package io.parlor.domain.reservation;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import java.time.Instant;
import java.util.List;

/** A customer holds a slot; it blocks the designer's time until {@code holdExpiresAt} unless confirmed. */
public record ReservationHeld(ReservationId reservation, ShopId shop, MemberId designer, MemberId customer,
        List<ServiceId> services, Instant startAt, Instant endAt, Price price, Instant holdExpiresAt,
        Instant occurredAt) implements ReservationEvent {

    public ReservationHeld {
        services = List.copyOf(services);
    }
}
