package io.parlor.application.notification.port.in;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.notification.NotificationId;
import java.util.Optional;

/**
 * Reads and clears a member's inbox: one notification ({@code id} present) or all of them.
 * Every change tells the member's other streams nothing; their next page shows it.
 */
public interface ChangeNotifications {

    /** Marks the notification read (again: no change); @throws io.parlor.domain.notification.NotificationNotFound */
    void markRead(MemberId member, Optional<NotificationId> id);

    /** Deletes the notification; @throws io.parlor.domain.notification.NotificationNotFound */
    void delete(MemberId member, Optional<NotificationId> id);
}
