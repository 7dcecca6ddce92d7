package io.parlor.application.reservation.port.in;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.reservation.ReservationId;
import java.util.Objects;
import java.util.Optional;

/**
 * Cancels a held or confirmed reservation. Its customer may drop a hold any time and cancel a
 * confirmed reservation until the shop's cut-off before the start; the shop's staff any time.
 */
public interface CancelReservation {

    /**
     * @throws io.parlor.domain.reservation.ReservationNotFound for an unknown reservation, or one
     *         {@code actor} may not see
     * @throws io.parlor.domain.reservation.InvalidTransition (409) from another status, or for a
     *         customer past the cut-off
     */
    ReservationView cancel(Command command);

    record Command(MemberId actor, ReservationId reservation, Optional<String> reason) {
        public Command {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(reservation, "reservation");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
