package io.parlor.application.reservation.port.in;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.reservation.ReservationId;
import java.util.Objects;

/** The shop's staff records that the customer of a confirmed reservation was served. */
public interface CompleteReservation {

    /**
     * @throws io.parlor.domain.reservation.ReservationNotFound for an unknown reservation, or one
     *         {@code actor} may not see (neither its customer nor the staff of its shop)
     * @throws io.parlor.domain.reservation.InvalidTransition (409) for a customer, before the start, or unless confirmed
     */
    ReservationView complete(Command command);

    record Command(MemberId actor, ReservationId reservation) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(reservation, "reservation");
        }
    }
}
