package io.parlor.application.notification;

import io.parlor.application.notification.port.in.ChangeNotifications;
import io.parlor.application.notification.port.out.Notifications;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.notification.NotificationId;
import io.parlor.domain.notification.NotificationNotFound;
import java.util.Optional;

final class ChangeNotificationsService implements ChangeNotifications {

    private final Notifications notifications;
    private final TransactionRunner transactions;
    private final TimeSource time;

    ChangeNotificationsService(Notifications notifications, TransactionRunner transactions, TimeSource time) {
        this.notifications = notifications;
        this.transactions = transactions;
        this.time = time;
    }

    @Override
    public void markRead(MemberId member, Optional<NotificationId> id) {
        var now = time.now();
        transactions.runInTransaction(() -> {
            if (id.isEmpty()) {
                notifications.markAllRead(member, now);
            } else if (!notifications.markRead(member, id.get(), now)) {
                throw new NotificationNotFound();
            }
        });
    }

    @Override
    public void delete(MemberId member, Optional<NotificationId> id) {
        transactions.runInTransaction(() -> {
            if (id.isEmpty()) {
                notifications.deleteAll(member);
            } else if (!notifications.delete(member, id.get())) {
                throw new NotificationNotFound();
            }
        });
    }
}
