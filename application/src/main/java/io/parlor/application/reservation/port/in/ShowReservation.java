package io.parlor.application.reservation.port.in;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.reservation.ReservationId;
import java.util.Objects;

/** Its customer, or the staff of its shop, looks at one reservation. */
public interface ShowReservation {

    /**
     * @throws io.parlor.domain.reservation.ReservationNotFound for an unknown reservation, or one
     *         {@code viewer} may not see (never told apart)
     */
    ReservationView show(Query query);

    record Query(MemberId viewer, ReservationId reservation) {
        public Query {
            Objects.requireNonNull(viewer, "viewer");
            Objects.requireNonNull(reservation, "reservation");
        }
    }
}
