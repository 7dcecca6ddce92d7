package io.parlor.domain.reservation;

import io.parlor.domain.shared.DomainError;

/** No reservation has this id, or the caller may not see it (never told apart, so nothing leaks). */
public final class ReservationNotFound extends DomainError {

    public ReservationNotFound() {
        super("reservation-not-found", Kind.NOT_FOUND, "no such reservation");
    }
}
