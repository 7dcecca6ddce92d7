package io.parlor.application.notification.port.out;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.notification.Notification;
import io.parlor.domain.notification.NotificationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every member's inbox. Writes join the caller's unit of work. */
public interface Notifications {

    /**
     * Stores {@code draft} as its recipient's next notification, numbered one past the
     * recipient's last, and returns it numbered. When {@code origin} is present and the recipient
     * already has a notification of that origin, stores nothing and returns empty, so a fact that
     * several instances hear of is told once. Numbers are given in commit order: a reader never
     * sees number n+1 before n.
     *
     * @param origin at most 200 characters naming the fact behind the notification
     */
    Optional<Notification> add(Notification draft, Optional<String> origin);

    /** The recipient's notification with this id; another member's counts as absent. */
    Optional<Notification> find(MemberId recipient, NotificationId id);

    /**
     * The recipient's notifications numbered below {@code beforeSeq} (all, when empty), newest
     * first, at most {@code limit}; only unread ones when {@code unreadOnly}.
     */
    List<Notification> newestFirst(MemberId recipient, boolean unreadOnly, Optional<Long> beforeSeq, int limit);

    /** The recipient's notifications numbered above {@code afterSeq}, oldest first, at most {@code limit}. */
    List<Notification> after(MemberId recipient, long afterSeq, int limit);

    /** How many of the recipient's notifications are unread. */
    long unreadCount(MemberId recipient);

    /** Marks this notification read at {@code now}, if it is the recipient's and unread; true when it exists. */
    boolean markRead(MemberId recipient, NotificationId id, Instant now);

    /** Marks every unread notification of the recipient read at {@code now}; how many changed. */
    int markAllRead(MemberId recipient, Instant now);

    /** Removes this notification of the recipient; true when it existed. Its number is never reused. */
    boolean delete(MemberId recipient, NotificationId id);

    /** Removes every notification of the recipient; how many. Later ones continue the numbering. */
    int deleteAll(MemberId recipient);
}
