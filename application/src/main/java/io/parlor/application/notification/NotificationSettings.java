package io.parlor.application.notification;

import io.parlor.domain.notification.RetryPolicy;
import java.time.Duration;

/**
 * @param unreadAfter   how long a chat message may wait unread before its reader is alerted
 * @param retries       how failed deliveries are tried again
 * @param deliveryLease how long one delivery attempt may take before another instance may take it over
 */
public record NotificationSettings(Duration unreadAfter, RetryPolicy retries, Duration deliveryLease) {

    public NotificationSettings {
        if (unreadAfter.isNegative() || deliveryLease.isNegative() || deliveryLease.isZero()) {
            throw new IllegalArgumentException("durations must be positive");
        }
    }

    public static NotificationSettings defaults() {
        return new NotificationSettings(Duration.ofHours(1), RetryPolicy.defaults(), Duration.ofMinutes(1));
    }

    public NotificationSettings withUnreadAfter(Duration delay) {
        return new NotificationSettings(delay, retries, deliveryLease);
    }

    public NotificationSettings withRetries(RetryPolicy policy) {
        return new NotificationSettings(unreadAfter, policy, deliveryLease);
    }
}
