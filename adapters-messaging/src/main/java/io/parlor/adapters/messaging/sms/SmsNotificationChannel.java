package io.parlor.adapters.messaging.sms;

import io.parlor.application.notification.port.out.Contact;
import io.parlor.application.notification.port.out.NotificationChannel;
import io.parlor.application.notification.port.out.SmsGateway;
import io.parlor.domain.notification.Channel;
import io.parlor.domain.notification.Notification;
import java.util.Objects;
import java.util.Optional;

/** Sends notifications as one text message: the title, and the body when there is one. */
public final class SmsNotificationChannel implements NotificationChannel {

    private final SmsGateway gateway;

    public SmsNotificationChannel(SmsGateway gateway) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public Optional<String> send(Contact contact, Notification notification) {
        if (contact.phone().isEmpty()) {
            return Optional.of("the member has no phone number");
        }
        var text = notification.body().isBlank()
                ? notification.title()
                : notification.title() + "\n" + notification.body();
        gateway.send(contact.phone().get(), text);
        return Optional.empty();
    }
}
