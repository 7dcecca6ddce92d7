package io.parlor.domain.notification;

/** Where one delivery stands: waiting for (another) attempt, done, or given up. */
public enum DeliveryStatus {
    PENDING,
    SENT,
    FAILED
}
