package io.parlor.domain.notification;

import io.parlor.domain.membership.MemberId;
import java.time.Instant;
import java.util.Map;
import org.jmolecules.event.types.DomainEvent;

/**
 * A notification was stored in its member's inbox; it carries every field, so that the
 * member's open streams on every instance show it without reading the store.
 */
public record NotificationRaised(NotificationId id, MemberId recipient, long seq, NotificationType type,
        String title, String body, Map<String, String> data, Instant createdAt) implements DomainEvent {

    public Notification notification() {
        return Notification.stored(id, recipient, seq, type, title, body, data, createdAt, java.util.Optional.empty());
    }
}
