package io.parlor.domain.reservation;

/**
 * Where a reservation stands. {@code HELD} and {@code CONFIRMED} block the designer's time;
 * a {@code HELD} one whose hold has run out counts as {@code EXPIRED} at once, before any
 * sweeper stores that status.
 */
public enum ReservationStatus {
    HELD,
    CONFIRMED,
    CANCELLED,
    EXPIRED,
    COMPLETED,
    NO_SHOW
}
