package io.parlor.application.reservation.port.in;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.ReservationId;
import io.parlor.domain.reservation.ReservationStatus;
import io.parlor.domain.reservation.ServiceId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A reservation as the API shows it. {@code status} is the status at the time of the request,
 * so a hold that ran out shows {@code EXPIRED} before any sweeper stored it;
 * {@code holdExpiresAt} is present while the status is {@code HELD} or {@code EXPIRED};
 * {@code endAt} is when the service ends (a buffer after it is not shown).
 */
public record ReservationView(ReservationId id, ShopId shopId, MemberId designerId, MemberId customerId,
        List<ServiceId> serviceIds, Instant startAt, Instant endAt, ReservationStatus status,
        Optional<Instant> holdExpiresAt, BigDecimal price) {

    public ReservationView {
        serviceIds = List.copyOf(serviceIds);
    }
}
