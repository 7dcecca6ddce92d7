package io.parlor.domain.notification;

import io.parlor.domain.shared.DomainError;

/** No notification has this id in the caller's inbox (another member's counts as none). */
public final class NotificationNotFound extends DomainError {

    public NotificationNotFound() {
        super("notification-not-found", Kind.NOT_FOUND, "no such notification");
    }
}
