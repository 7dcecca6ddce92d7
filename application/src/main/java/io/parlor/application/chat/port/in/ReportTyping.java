package io.parlor.application.chat.port.in;

import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import java.util.Objects;

/** A member is typing in a room: the room hears {@code MemberTyping} at once; nothing is stored. */
public interface ReportTyping {

    /** @throws io.parlor.domain.chat.RoomNotFound, NotRoomMember unless {@code member} is a current member */
    void typing(Command command);

    record Command(RoomId room, MemberId member) {
        public Command {
            Objects.requireNonNull(room, "room");
            Objects.requireNonNull(member, "member");
        }
    }
}
