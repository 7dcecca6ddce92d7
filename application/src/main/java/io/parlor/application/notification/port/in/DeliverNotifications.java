package io.parlor.application.notification.port.in;

/**
 * Sends what the outbox holds: claims due deliveries, sends each over its channel outside any
 * unit of work, and records the outcome. Any instance may call it at any time; a delivery is
 * claimed by one of them, and by another only after a lease that the first let run out.
 */
public interface DeliverNotifications {

    /** Sends up to {@code limit} due deliveries; how many were tried. */
    int deliverDue(int limit);
}
