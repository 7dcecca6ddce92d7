package io.parlor.application.notification;

import io.parlor.application.notification.port.out.ChatRooms;
import io.parlor.application.notification.port.out.Contacts;
import io.parlor.application.notification.port.out.Deliveries;
import io.parlor.application.notification.port.out.NotificationChannel;
import io.parlor.application.notification.port.out.Notifications;
import io.parlor.application.shared.port.out.Deadlines;
import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.application.shared.port.out.IdGenerator;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import java.util.List;

/**
 * Everything the notification use cases need from outside.
 *
 * @param channels the e-mail, SMS, ... channels; in-app is built in. A delivery on a channel
 *                 that is missing here is recorded as given up.
 */
public record NotificationPorts(Notifications notifications, Deliveries deliveries, List<NotificationChannel> channels,
                                Contacts contacts, ChatRooms chatRooms, Deadlines deadlines,
                                TransactionRunner transactions, DomainEventBus events, TimeSource time,
                                IdGenerator ids) {

    public NotificationPorts {
        channels = List.copyOf(channels);
    }
}
