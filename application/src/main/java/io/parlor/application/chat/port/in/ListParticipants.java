package io.parlor.application.chat.port.in;

import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import java.util.List;
import java.util.Objects;

/** A member lists who is in one of its rooms, with their names, read marks and presence. */
public interface ListParticipants {

    /**
     * @return the current members, earliest joined first
     * @throws io.parlor.domain.chat.RoomNotFound, NotRoomMember unless {@code member} is a current member
     */
    List<ParticipantView> list(Query query);

    record Query(RoomId room, MemberId member) {
        public Query {
            Objects.requireNonNull(room, "room");
            Objects.requireNonNull(member, "member");
        }
    }
}
