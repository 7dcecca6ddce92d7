package io.parlor.application.chat.port.in;

import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import java.util.Objects;

/** A member leaves a group room, announced by a {@code SYSTEM} message; it may rejoin later. */
public interface LeaveRoom {

    /**
     * @throws io.parlor.domain.chat.RoomNotFound, NotRoomMember unless {@code member} is a current member
     * @throws io.parlor.domain.chat.DirectRoomFixed for a direct room
     */
    void leave(Command command);

    record Command(RoomId room, MemberId member) {
        public Command {
            Objects.requireNonNull(room, "room");
            Objects.requireNonNull(member, "member");
        }
    }
}
