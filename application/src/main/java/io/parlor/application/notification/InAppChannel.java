package io.parlor.application.notification;

import io.parlor.application.notification.port.out.Contact;
import io.parlor.application.notification.port.out.NotificationChannel;
import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.domain.notification.Channel;
import io.parlor.domain.notification.Notification;
import java.util.Optional;

/** Shows a stored notification on the member's open streams, on every instance, through the bus. */
final class InAppChannel implements NotificationChannel {

    private final DomainEventBus events;

    InAppChannel(DomainEventBus events) {
        this.events = events;
    }

    @Override
    public Channel channel() {
        return Channel.IN_APP;
    }

    @Override
    public Optional<String> send(Contact contact, Notification notification) {
        events.publish(NotificationUseCases.TOPIC, notification.raised());
        return Optional.empty();
    }
}
