package io.parlor.application.reservation.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The free starts of a designer on one of the shop's local dates.
 *
 * @param timeZone the shop's zone id, in which {@code date} is meant
 * @param slots    ascending and distinct; each lasts exactly the services' duration in real time
 */
public record AvailabilityView(LocalDate date, String timeZone, List<Slot> slots) {

    public AvailabilityView {
        slots = List.copyOf(slots);
    }

    /** A bookable start and when the services would end, both instants (UTC on the wire). */
    public record Slot(Instant startAt, Instant endAt) {
    }
}
