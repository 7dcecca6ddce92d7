package io.parlor.application.chat.port.in;

import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import java.util.Objects;
import java.util.Set;

/**
 * Any current member of a group room brings others in; each one who joins is announced by a
 * {@code SYSTEM} message. Members already in the room are skipped.
 */
public interface InviteMembers {

    /**
     * @return the room after the invitation, as {@code actor} sees it
     * @throws io.parlor.domain.chat.RoomNotFound, NotRoomMember unless {@code actor} is a current member
     * @throws io.parlor.domain.chat.DirectRoomFixed for a direct room
     * @throws io.parlor.domain.chat.RoomFull if not all of them fit; nobody joins then
     * @throws io.parlor.domain.shared.InvalidValue (field {@code memberIds}) for an unknown member
     */
    RoomView invite(Command command);

    record Command(RoomId room, MemberId actor, Set<MemberId> members) {
        public Command {
            Objects.requireNonNull(room, "room");
            Objects.requireNonNull(actor, "actor");
            members = Set.copyOf(members);
        }
    }
}
