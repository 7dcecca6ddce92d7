package io.parlor.application.notification.port.out;

import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import java.util.Optional;

/** Chat's view of one member's rooms. */
public interface ChatRooms {

    /** The room as {@code member} sees it; empty when the room does not exist or the member is not in it now. */
    Optional<RoomSummary> summary(RoomId room, MemberId member);
}
