package io.parlor.application.reservation;

import io.parlor.application.reservation.port.out.ReservationFollowUps;
import io.parlor.application.shared.EventPublisher;
import io.parlor.domain.reservation.Reservation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;

/**
 * Hands what reservations recorded to the follow-ups inside their unit of work, and publishes
 * it once that unit of work has committed.
 */
final class Publisher {

    private final EventPublisher published;
    private final ReservationFollowUps followUps;

    Publisher(EventPublisher published, ReservationFollowUps followUps) {
        this.published = published;
        this.followUps = followUps;
    }

    /** Call inside the unit of work, after the reservations were saved. */
    void followUp(Collection<Reservation> changed, Instant now) {
        var recorded = new ArrayList<ReservationFollowUps.Recorded>();
        for (Reservation reservation : changed) {
            var status = reservation.statusAt(now);
            reservation.recordedEvents().forEach(e -> recorded.add(new ReservationFollowUps.Recorded(e, status)));
        }
        if (!recorded.isEmpty()) {
            followUps.recorded(recorded);
        }
    }

    /** Every event each reservation recorded, in order, on {@link ReservationUseCases#TOPIC}. */
    void publish(Collection<Reservation> changed) {
        published.publish(changed);
    }
}
