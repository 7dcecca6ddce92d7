package io.parlor.application.chat.port.out;

import io.parlor.domain.chat.ReadMark;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import java.util.Map;

/**
 * How far each member has read each room. A mark only moves forward. A relational store may
 * keep it as a column of the room's participants, written by these methods alone. A member
 * without a stored mark has read nothing ({@link ReadMark#NONE}).
 */
public interface ReadMarks {

    /**
     * Moves the member's mark in the room to {@code mark}, unless it is there or further already;
     * atomic with respect to concurrent calls (one conditional SQL {@code UPDATE ... WHERE
     * last_read_seq < ?}, or an insert when none is stored), so a mark never moves back.
     * Takes part in the running unit of work, if any.
     *
     * @return whether the mark moved
     */
    boolean advance(RoomId room, MemberId member, ReadMark mark);

    /** The stored marks of the room's readers; members without a mark are left out. */
    Map<MemberId, ReadMark> inRoom(RoomId room);

    /** The stored marks of {@code member}, by room; rooms without a mark are left out. */
    Map<RoomId, ReadMark> ofMember(MemberId member);
}
