package io.parlor.application.chat.port.in;

import io.parlor.domain.membership.MemberId;
import java.util.List;
import java.util.Objects;

/** A member lists the rooms it is in, for its room list. */
public interface ListRooms {

    /** Every room {@code member} is a current member of, most recent activity first. */
    List<RoomView> list(Query query);

    record Query(MemberId member) {
        public Query {
            Objects.requireNonNull(member, "member");
        }
    }
}
