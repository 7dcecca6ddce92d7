package io.parlor.domain.notification;

/** When a shop's message template is sent by itself. */
public enum TriggerType {
    /** The welcome message in a new room between a customer and the shop's staff. */
    ROOM_CREATED,
    /** When the customer confirms a reservation. */
    RESERVATION_CONFIRMED,
    /** Days before a confirmed reservation, at a time of day in the shop's zone. */
    BEFORE_RESERVATION,
    /** Days after a completed reservation, at a time of day in the shop's zone. */
    AFTER_RESERVATION,
    /** Never by itself: only when the owner messages a group with it. */
    MANUAL
}
