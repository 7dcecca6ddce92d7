package io.parlor.application.notification.port.out;

import io.parlor.domain.notification.Channel;
import io.parlor.domain.notification.Notification;
import java.util.Optional;

/** Sends notifications over one {@link Channel}. Called outside any unit of work. */
public interface NotificationChannel {

    Channel channel();

    /**
     * Sends {@code notification} to {@code contact}. Returns a reason when the contact cannot be
     * reached on this channel at all (no phone number, no gateway), which is not retried.
     *
     * @throws RuntimeException when the attempt failed and may succeed later; its message is recorded
     */
    Optional<String> send(Contact contact, Notification notification);
}
