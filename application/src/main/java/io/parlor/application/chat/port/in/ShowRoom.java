package io.parlor.application.chat.port.in;

import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import java.util.Objects;

/** A member looks at one of its rooms. */
public interface ShowRoom {

    /**
     * @throws io.parlor.domain.chat.RoomNotFound for an unknown room or one {@code member} was never in
     * @throws io.parlor.domain.chat.NotRoomMember if {@code member} left the room
     */
    RoomView show(Query query);

    record Query(RoomId room, MemberId member) {
        public Query {
            Objects.requireNonNull(room, "room");
            Objects.requireNonNull(member, "member");
        }
    }
}
