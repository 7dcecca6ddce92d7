package io.parlor.application.chat.port.out;

import io.parlor.domain.chat.DirectPair;
import io.parlor.domain.chat.Room;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.chat.RoomNotFound;
import io.parlor.domain.membership.MemberId;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stored rooms and their rosters ({@link Room#state()}). Reads return fresh {@link Room}
 * objects. Writes take part in the running unit of work, if any. Read marks are not part of a
 * room (see {@link ReadMarks}), so saving a room never touches them.
 */
public interface Rooms {

    /**
     * Stores a new room, unless a room with its id exists or, for a direct room, a room of the
     * same {@link DirectPair} exists. The pair is checked atomically (e.g. a unique index on
     * {@link DirectPair#key()}, and an insert that skips a conflict instead of failing the
     * transaction), so that of two concurrent creations for one pair exactly one stores.
     *
     * @return whether the room was stored
     */
    boolean add(Room room);

    /**
     * Replaces the stored roster (and every other field) with {@link Room#state()}. Use it
     * inside a unit of work, after {@link #lockById} read the room.
     *
     * @throws RoomNotFound if the room was never added
     */
    void save(Room room);

    /** The room with this id. */
    Optional<Room> findById(RoomId id);

    /**
     * As {@link #findById}, and holds the room against other writers until the unit of work
     * ends ({@code SELECT ... FOR UPDATE} on the room's row). A store that keeps the room's
     * last {@code seq} on the same row makes this the lock that {@link Messages#append} takes.
     */
    Optional<Room> lockById(RoomId id);

    /**
     * {@link #lockById} for several rooms at once, locking them in one fixed order so that two
     * callers locking overlapping sets never wait on each other; rooms that do not exist are
     * missing from the answer. This default locks them one by one in the order of their ids.
     */
    default Map<RoomId, Room> lockAll(Collection<RoomId> ids) {
        var locked = new LinkedHashMap<RoomId, Room>();
        ids.stream().distinct().sorted(Comparator.comparing(RoomId::value))
                .forEach(id -> lockById(id).ifPresent(room -> locked.put(id, room)));
        return locked;
    }

    /** The direct room of this pair. */
    Optional<Room> findDirect(DirectPair pair);

    /** Every room {@code member} is a current member of, in no particular order. */
    List<Room> ofMember(MemberId member);
}
