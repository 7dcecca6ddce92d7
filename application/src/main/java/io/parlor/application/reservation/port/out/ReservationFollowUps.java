package io.parlor.application.reservation.port.out;

import io.parlor.domain.reservation.ReservationEvent;
import io.parlor.domain.reservation.ReservationStatus;
import java.util.List;

/**
 * What other contexts do with reservation changes inside the same unit of work (reminders,
 * visit counts), so that their writes commit or roll back with the change itself. Implemented
 * by the application's wiring; a failure rolls the change back.
 */
public interface ReservationFollowUps {

    /** Nothing follows: for a library user without reminders. */
    ReservationFollowUps NONE = changes -> {
    };

    /** Called once per unit of work that recorded events, before it commits, with the events in order. */
    void recorded(List<Recorded> changes);

    /** An event and the status of its reservation after the unit of work. */
    record Recorded(ReservationEvent event, ReservationStatus status) {
    }
}
