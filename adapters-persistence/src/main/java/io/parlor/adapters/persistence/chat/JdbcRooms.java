package io.parlor.adapters.persistence.chat;

import static io.parlor.adapters.persistence.shared.Sql.batch;
import static io.parlor.adapters.persistence.shared.Sql.first;
import static io.parlor.adapters.persistence.shared.Sql.query;
import static io.parlor.adapters.persistence.shared.Sql.update;

import io.micronaut.transaction.TransactionOperations;
import io.parlor.adapters.persistence.shared.Sql;
import io.parlor.application.chat.port.out.Rooms;
import io.parlor.domain.chat.DirectPair;
import io.parlor.domain.chat.Room;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.chat.RoomNotFound;
import io.parlor.domain.membership.MemberId;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link Rooms} in the tables {@code chat_rooms} and {@code chat_room_members}; each method joins
 * the transaction running on the thread or runs in one of its own. A room is read with its roster
 * in one query, and so are all the rooms of a member. Adding is an insert-if-absent
 * ({@code ON CONFLICT DO NOTHING}) against the primary key and the unique direct-pair key, so that
 * of concurrent creations for one pair exactly one stores, and a refused one leaves the running
 * transaction usable. The room's row is also the timeline counter that {@link JdbcMessages}
 * locks: {@link #lockById} takes the same lock, and {@link #save} leaves the counter alone.
 */
@Singleton
public final class JdbcRooms implements Rooms {

    private static final String BY_ID = RoomRows.SELECT + " WHERE r.id = ?";
    private static final String BY_PAIR = RoomRows.SELECT + " WHERE r.direct_pair_key = ?";
    private static final String OF_MEMBER = RoomRows.SELECT
            + " WHERE r.id IN (SELECT room_id FROM chat_room_members WHERE member_id = ? AND left_at IS NULL)";
    private static final String LOCK = "SELECT id FROM chat_rooms WHERE id = ? FOR UPDATE";
    /** In the order of the key, as every batch locks, so that two batches never wait on each other. */
    private static final String LOCK_ALL = "SELECT id FROM chat_rooms WHERE id = ANY(?) ORDER BY id FOR UPDATE";
    private static final String BY_IDS = RoomRows.SELECT + " WHERE r.id = ANY(?)";

    private final Sql sql;

    public JdbcRooms(TransactionOperations<Connection> transactions) {
        this.sql = new Sql(transactions);
    }

    @Override
    public boolean add(Room room) {
        return sql.write(connection -> {
            if (update(connection, RoomRows.INSERT, RoomRows.inserted(room)) == 0) {
                return false;
            }
            batch(connection, RoomRows.INSERT_PARTICIPANT, RoomRows.participants(room));
            return true;
        });
    }

    @Override
    public void save(Room room) {
        boolean saved = sql.write(connection -> {
            if (update(connection, RoomRows.UPDATE, RoomRows.updated(room)) == 0) {
                return false;
            }
            update(connection, RoomRows.DROP_PARTICIPANTS, room.id().value());
            batch(connection, RoomRows.INSERT_PARTICIPANT, RoomRows.participants(room));
            return true;
        });
        if (!saved) {
            throw new RoomNotFound();
        }
    }

    @Override
    public Optional<Room> findById(RoomId id) {
        return sql.read(connection -> one(connection, BY_ID, id.value()));
    }

    /** Locks the room's row first, then reads the room, so that the roster read is the one the lock protects. */
    @Override
    public Optional<Room> lockById(RoomId id) {
        return sql.write(connection -> {
            if (first(connection, LOCK, row -> true, id.value()).isEmpty()) {
                return Optional.<Room>empty();
            }
            return one(connection, BY_ID, id.value());
        });
    }

    /** Two statements whatever the number of rooms: lock the rows, then read the rooms with their rosters. */
    @Override
    public Map<RoomId, Room> lockAll(Collection<RoomId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        UUID[] keys = ids.stream().map(RoomId::value).distinct().toArray(UUID[]::new);
        return sql.write(connection -> {
            query(connection, LOCK_ALL, row -> true, (Object) keys);
            var locked = new HashMap<RoomId, Room>();
            RoomRows.rooms(query(connection, BY_IDS, RoomRows::read, (Object) keys))
                    .forEach(room -> locked.put(room.id(), room));
            return locked;
        });
    }

    @Override
    public Optional<Room> findDirect(DirectPair pair) {
        return sql.read(connection -> one(connection, BY_PAIR, pair.key()));
    }

    @Override
    public List<Room> ofMember(MemberId member) {
        return sql.read(connection -> RoomRows.rooms(query(connection, OF_MEMBER, RoomRows::read, member.value())));
    }

    private static Optional<Room> one(Connection connection, String select, Object key) throws SQLException {
        return RoomRows.rooms(query(connection, select, RoomRows::read, key)).stream().findFirst();
    }
}
