package io.parlor.application.chat.port.in;

import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import java.util.Objects;

/**
 * A former member comes back into a group room, announced by a {@code SYSTEM} message. A
 * current member's rejoin changes nothing.
 */
public interface RejoinRoom {

    /**
     * @return the room as {@code member} sees it now
     * @throws io.parlor.domain.chat.RoomNotFound if {@code member} never was in the room
     * @throws io.parlor.domain.chat.DirectRoomFixed for a direct room
     * @throws io.parlor.domain.chat.RoomFull if the room is full
     */
    RoomView rejoin(Command command);

    record Command(RoomId room, MemberId member) {
        public Command {
            Objects.requireNonNull(room, "room");
            Objects.requireNonNull(member, "member");
        }
    }
}
