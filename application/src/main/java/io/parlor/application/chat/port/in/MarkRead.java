package io.parlor.application.chat.port.in;

import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import java.util.Objects;

/**
 * A member tells how far it has read a room. The mark moves forward only, and never past the
 * room's last message (a larger {@code seq} counts as the last one); when it moves,
 * {@code MessagesRead} is published.
 */
public interface MarkRead {

    /**
     * @return whether the mark moved; {@code false} for a {@code seq} at or behind the stored mark
     * @throws io.parlor.domain.shared.InvalidValue (field {@code seq}) for a negative seq
     * @throws io.parlor.domain.chat.RoomNotFound, NotRoomMember unless {@code member} is a current member
     */
    boolean markRead(Command command);

    record Command(RoomId room, MemberId member, long seq) {
        public Command {
            Objects.requireNonNull(room, "room");
            Objects.requireNonNull(member, "member");
        }
    }
}
