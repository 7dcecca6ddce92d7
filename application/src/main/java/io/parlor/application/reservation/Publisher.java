package io.parlor.application.reservation;

import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.domain.reservation.Reservation;
import java.util.Collection;

/** Publishes what reservations recorded, once their unit of work has committed. */
final class Publisher {

    private final DomainEventBus events;

    Publisher(DomainEventBus events) {
        this.events = events;
    }

    /** Every event each reservation recorded, in order, on {@link ReservationUseCases#TOPIC}. */
    void publish(Collection<Reservation> changed) {
        for (Reservation reservation : changed) {
            reservation.recordedEvents().forEach(e -> events.publish(ReservationUseCases.TOPIC, e));
        }
    }
}
