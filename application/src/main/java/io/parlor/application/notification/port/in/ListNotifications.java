package io.parlor.application.notification.port.in;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.notification.Notification;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One page of a member's inbox, newest first. */
public interface ListNotifications {

    /** @throws io.parlor.domain.shared.InvalidValue for a cursor this did not make, or a limit below 1 */
    Page list(Query query);

    /**
     * @param cursor the {@code nextCursor} of the previous page; empty for the first
     * @param limit  1 or more; above {@link #MAX_LIMIT} counts as {@link #MAX_LIMIT}
     */
    record Query(MemberId member, boolean unreadOnly, Optional<String> cursor, int limit) {

        public Query {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(cursor, "cursor");
        }
    }

    /** @param unreadCount how many of the member's notifications are unread, on every page */
    record Page(List<Notification> items, Optional<String> nextCursor, long unreadCount) {
    }

    int MAX_LIMIT = 100;
    int DEFAULT_LIMIT = 20;
}
