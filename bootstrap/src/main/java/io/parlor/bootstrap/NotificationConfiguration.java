package io.parlor.bootstrap;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.annotation.Nullable;
import io.parlor.application.notification.NotificationSettings;
import io.parlor.domain.notification.RetryPolicy;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * The tunable rules of notifications, from {@code parlor.notification.*} (environment variables
 * {@code PARLOR_NOTIFICATION_*}); the defaults are the documented ones.
 *
 * @param unreadAfter      unread chat age that raises a {@code CHAT_UNREAD} notification
 * @param workInterval     the pause between two runs of each instance's outbox sender and deadline runner
 * @param maxAttempts      attempts of one delivery before it is given up
 * @param firstBackoff     the wait after a first failed attempt, doubled after each further one
 * @param smsGatewayUrl    where SMS are POSTed as JSON ({@code PARLOR_NOTIFICATION_SMS_GATEWAY_URL}); unset: an outbox file
 * @param smsGatewayKey    the gateway's bearer key ({@code PARLOR_NOTIFICATION_SMS_GATEWAY_KEY})
 */
@ConfigurationProperties("parlor.notification")
record NotificationConfiguration(
        @Bindable(defaultValue = "1h") @NotNull Duration unreadAfter,
        @Bindable(defaultValue = "500ms") @NotNull Duration workInterval,
        @Bindable(defaultValue = "5") @Min(1) @Max(20) int maxAttempts,
        @Bindable(defaultValue = "10s") @NotNull Duration firstBackoff,
        @Nullable String smsGatewayUrl,
        @Nullable String smsGatewayKey) {

    NotificationSettings toSettings() {
        return NotificationSettings.defaults().withUnreadAfter(unreadAfter)
                .withRetries(new RetryPolicy(maxAttempts, firstBackoff));
    }
}
