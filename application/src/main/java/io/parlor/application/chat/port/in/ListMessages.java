package io.parlor.application.chat.port.in;

import io.parlor.domain.chat.Message;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A member reads a room's history, in ascending {@code seq}: by default its newest messages;
 * with {@code beforeSeq} the page before it; with {@code afterSeq} the oldest messages after it
 * (how a reconnecting client catches up). Only current members read a room.
 */
public interface ListMessages {

    /**
     * @throws io.parlor.domain.shared.InvalidValue for a {@code limit} outside 1..the maximum (200
     *         by default) or a negative bound
     * @throws io.parlor.domain.chat.RoomNotFound, NotRoomMember unless {@code reader} is a current member
     */
    List<Message> list(Query query);

    /** @param limit the page size; the settings' default (50) when absent */
    record Query(RoomId room, MemberId reader, Optional<Integer> limit, Optional<Long> beforeSeq,
            Optional<Long> afterSeq) {
        public Query {
            Objects.requireNonNull(room, "room");
            Objects.requireNonNull(reader, "reader");
            Objects.requireNonNull(limit, "limit");
            Objects.requireNonNull(beforeSeq, "beforeSeq");
            Objects.requireNonNull(afterSeq, "afterSeq");
        }
    }
}
