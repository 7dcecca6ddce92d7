package io.parlor.application.notification;

import io.parlor.application.notification.port.in.DeliverNotifications;
import io.parlor.application.notification.port.out.Contacts;
import io.parlor.application.notification.port.out.Deliveries;
import io.parlor.application.notification.port.out.NotificationChannel;
import io.parlor.application.notification.port.out.Notifications;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.domain.notification.Channel;
import io.parlor.domain.notification.Delivery;
import io.parlor.domain.notification.RetryPolicy;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Sends each claimed delivery outside any unit of work, then records how it went. */
final class DeliverNotificationsService implements DeliverNotifications {

    private static final System.Logger LOG = System.getLogger(DeliverNotificationsService.class.getName());

    private final Deliveries deliveries;
    private final Notifications notifications;
    private final Contacts contacts;
    private final Map<Channel, NotificationChannel> channels = new EnumMap<>(Channel.class);
    private final TimeSource time;
    private final RetryPolicy retries;
    private final Duration lease;

    DeliverNotificationsService(Deliveries deliveries, Notifications notifications, Contacts contacts,
            List<NotificationChannel> allChannels, TimeSource time, NotificationSettings settings) {
        this.deliveries = deliveries;
        this.notifications = notifications;
        this.contacts = contacts;
        allChannels.forEach(channel -> channels.put(channel.channel(), channel));
        this.time = time;
        this.retries = settings.retries();
        this.lease = settings.deliveryLease();
    }

    @Override
    public int deliverDue(int limit) {
        var claimed = deliveries.claimDue(time.now(), lease, limit);
        claimed.forEach(delivery -> deliveries.record(attempt(delivery)));
        return claimed.size();
    }

    private Delivery attempt(Delivery delivery) {
        var notification = notifications.find(delivery.recipient(), delivery.notification());
        if (notification.isEmpty()) {
            return delivery.skipped("the notification was deleted", time.now());
        }
        var contact = contacts.of(delivery.recipient());
        if (contact.isEmpty()) {
            return delivery.skipped("the member is gone", time.now());
        }
        var channel = channels.get(delivery.channel());
        if (channel == null) {
            return delivery.skipped("no " + delivery.channel() + " channel is configured", time.now());
        }
        try {
            var unreachable = channel.send(contact.get(), notification.get());
            return unreachable.map(reason -> delivery.skipped(reason, time.now()))
                    .orElseGet(() -> delivery.sent(time.now()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "delivery " + delivery.id() + " over " + delivery.channel() + " failed: " + e.getMessage());
            var reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return delivery.failed(reason, retries, time.now());
        }
    }
}
