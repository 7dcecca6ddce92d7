package io.parlor.adapters.messaging.mail;

import io.parlor.application.membership.port.out.Mail;
import io.parlor.application.membership.port.out.Mailer;
import io.parlor.application.notification.port.out.Contact;
import io.parlor.application.notification.port.out.NotificationChannel;
import io.parlor.domain.membership.Email;
import io.parlor.domain.notification.Channel;
import io.parlor.domain.notification.Notification;
import java.util.Objects;
import java.util.Optional;

/** Sends notifications as plain-text mail through whichever {@link Mailer} the application runs with. */
public final class MailNotificationChannel implements NotificationChannel {

    private final Mailer mailer;

    public MailNotificationChannel(Mailer mailer) {
        this.mailer = Objects.requireNonNull(mailer, "mailer");
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public Optional<String> send(Contact contact, Notification notification) {
        if (contact.email().isEmpty()) {
            return Optional.of("the member has no e-mail address");
        }
        var text = notification.body().isBlank() ? notification.title() : notification.body();
        mailer.send(new Mail(new Email(contact.email().get()), notification.title(), text));
        return Optional.empty();
    }
}
