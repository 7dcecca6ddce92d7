package io.parlor.application.notification;

import io.parlor.application.notification.port.in.RaiseNotification;
import io.parlor.application.notification.port.out.Deliveries;
import io.parlor.application.notification.port.out.Notifications;
import io.parlor.application.shared.port.out.IdGenerator;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.notification.Channel;
import io.parlor.domain.notification.Delivery;
import io.parlor.domain.notification.DeliveryId;
import io.parlor.domain.notification.Notification;
import io.parlor.domain.notification.NotificationId;
import java.util.Comparator;
import java.util.Optional;

final class RaiseNotificationService implements RaiseNotification {

    private final Notifications notifications;
    private final Deliveries deliveries;
    private final TransactionRunner transactions;
    private final TimeSource time;
    private final IdGenerator ids;

    RaiseNotificationService(Notifications notifications, Deliveries deliveries, TransactionRunner transactions,
            TimeSource time, IdGenerator ids) {
        this.notifications = notifications;
        this.deliveries = deliveries;
        this.transactions = transactions;
        this.time = time;
        this.ids = ids;
    }

    @Override
    public Optional<Notification> raise(Command command) {
        var now = time.now();
        var draft = Notification.raise(new NotificationId(ids.newId()), command.recipient(), command.type(),
                command.title(), command.body(), command.data(), now);
        return transactions.inTransaction(() -> {
            var stored = notifications.add(draft, command.origin());
            stored.ifPresent(notification -> deliveries.add(command.type().channels().stream()
                    .sorted(Comparator.comparing(Channel::ordinal))
                    .map(channel -> Delivery.pending(new DeliveryId(ids.newId()), notification, channel, now))
                    .toList()));
            return stored;
        });
    }
}
