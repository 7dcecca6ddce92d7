package io.parlor.application.reservation.port.in;

import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.ServiceId;
import java.math.BigDecimal;

/** A service as the API shows it. */
public record ServiceView(ServiceId id, ShopId shopId, String name, int durationMinutes, BigDecimal price,
        int bufferMinutes) {
}
