package io.parlor.application.reservation.port.out;

import io.parlor.domain.reservation.ReservationId;
import java.time.Instant;
import java.util.Objects;

/** Where a page of a customer's reservations ended: the start and id of its last one. */
public record ReservationPosition(Instant startAt, ReservationId id) {

    public ReservationPosition {
        Objects.requireNonNull(startAt, "startAt");
        Objects.requireNonNull(id, "id");
    }
}
