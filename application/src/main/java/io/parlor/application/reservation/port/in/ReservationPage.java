package io.parlor.application.reservation.port.in;

import java.util.List;
import java.util.Optional;

/** One page of reservations; {@code nextCursor}, opaque, asks for the next page and is absent on the last. */
public record ReservationPage(List<ReservationView> items, Optional<String> nextCursor) {

    public ReservationPage {
        items = List.copyOf(items);
    }
}
