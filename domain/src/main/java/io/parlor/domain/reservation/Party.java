package io.parlor.domain.reservation;

/** Who moves a reservation: its customer, or the staff (owner or a designer) of its shop. */
public enum Party {
    CUSTOMER,
    STAFF
}
