package io.parlor.application.notification;

import io.parlor.application.notification.port.in.ListNotifications;
import io.parlor.application.notification.port.out.Notifications;
import io.parlor.domain.shared.InvalidValue;
import java.util.Optional;

/** Pages by number: the cursor is the number of the last notification of the page before. */
final class ListNotificationsService implements ListNotifications {

    private final Notifications notifications;

    ListNotificationsService(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public Page list(Query query) {
        if (query.limit() < 1) {
            throw new InvalidValue("limit", "must be at least 1");
        }
        int limit = Math.min(query.limit(), MAX_LIMIT);
        var before = query.cursor().map(ListNotificationsService::seqOf);
        var found = notifications.newestFirst(query.member(), query.unreadOnly(), before, limit + 1);
        var items = found.size() > limit ? found.subList(0, limit) : found;
        Optional<String> next = found.size() > limit
                ? Optional.of(Long.toString(items.get(items.size() - 1).seq()))
                : Optional.empty();
        return new Page(items, next, notifications.unreadCount(query.member()));
    }

    private static long seqOf(String cursor) {
        try {
            long seq = Long.parseLong(cursor);
            if (seq > 0) {
                return seq;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal
        }
        throw new InvalidValue("cursor", "is not a cursor of this list");
    }
}
