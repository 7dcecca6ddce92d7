package io.parlor.application.reservation.port.in;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.reservation.ReservationId;
import java.util.Objects;

/** The customer (or the shop's staff) confirms a held reservation before its hold runs out. */
public interface ConfirmReservation {

    /**
     * @throws io.parlor.domain.reservation.ReservationNotFound for an unknown reservation, or one
     *         {@code actor} may not see (neither its customer nor the staff of its shop)
     * @throws io.parlor.domain.reservation.HoldExpired (410) once the hold has run out
     * @throws io.parlor.domain.reservation.InvalidTransition (409) unless the reservation is held
     */
    ReservationView confirm(Command command);

    record Command(MemberId actor, ReservationId reservation) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(reservation, "reservation");
        }
    }
}
