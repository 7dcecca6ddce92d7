package io.parlor.application.notification.port.in;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.notification.Notification;
import io.parlor.domain.notification.NotificationType;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Puts a notification in a member's inbox and its deliveries in the outbox, in one unit of work
 * (the caller's, when it runs in one); the sends follow the commit.
 */
public interface RaiseNotification {

    /**
     * @return the stored notification, or empty when the member already has one of {@code origin}
     * @throws io.parlor.domain.shared.InvalidValue when the title or body break their limits
     */
    Optional<Notification> raise(Command command);

    /**
     * @param origin names the fact behind it (e.g. {@code account.blocked:<member>:<instant>}); a
     *               second raise of the same origin for the same member stores nothing
     */
    record Command(MemberId recipient, NotificationType type, String title, String body, Map<String, String> data,
                   Optional<String> origin) {

        public Command {
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(type, "type");
            data = Map.copyOf(data);
            Objects.requireNonNull(origin, "origin");
        }
    }
}
