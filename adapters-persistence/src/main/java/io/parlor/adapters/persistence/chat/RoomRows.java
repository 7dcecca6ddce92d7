package io.parlor.adapters.persistence.chat;

import static io.parlor.adapters.persistence.shared.Sql.instant;
import static io.parlor.adapters.persistence.shared.Sql.optionalInstant;
import static io.parlor.adapters.persistence.shared.Sql.uuid;

import io.parlor.adapters.persistence.shared.Sql;
import io.parlor.domain.chat.DirectPair;
import io.parlor.domain.chat.Participant;
import io.parlor.domain.chat.Room;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.chat.RoomName;
import io.parlor.domain.chat.RoomState;
import io.parlor.domain.chat.RoomType;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The columns of {@code chat_rooms} and {@code chat_room_members}, and how a {@link RoomState}
 * maps onto them. Rooms are read together with their rosters by one query ({@link #SELECT}), one
 * row per participant, and put together again by {@link #rooms}.
 */
final class RoomRows {

    /** Rooms with their participants; a {@code WHERE} on {@code r} picks the rooms. */
    static final String SELECT = """
            SELECT r.id, r.type, r.name, r.shop_id, r.created_by, r.created_at, p.member_id, p.joined_at, p.left_at
            FROM chat_rooms r LEFT JOIN chat_room_members p ON p.room_id = r.id""";

    /** Inserts nothing when the id or, for a direct room, the pair is taken, leaving the transaction usable. */
    static final String INSERT = """
            INSERT INTO chat_rooms (id, type, name, shop_id, created_by, direct_pair_key, created_at, last_activity_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";

    /** Every column a {@link RoomState} holds; the counter and the last activity are the appends' own. */
    static final String UPDATE = """
            UPDATE chat_rooms SET type = ?, name = ?, shop_id = ?, created_by = ?, direct_pair_key = ?, created_at = ?
            WHERE id = ?""";

    static final String INSERT_PARTICIPANT =
            "INSERT INTO chat_room_members (room_id, member_id, joined_at, left_at) VALUES (?, ?, ?, ?)";

    static final String DROP_PARTICIPANTS = "DELETE FROM chat_room_members WHERE room_id = ?";

    private RoomRows() {
    }

    /** The parameters of {@link #INSERT}; the room was last active when it was created. */
    static Object[] inserted(Room room) {
        RoomState s = room.state();
        return new Object[] {s.id().value(), s.type(), name(s), shop(s), s.createdBy().value(), pairKey(room),
                s.createdAt(), s.createdAt()};
    }

    /** The parameters of {@link #UPDATE}. */
    static Object[] updated(Room room) {
        RoomState s = room.state();
        return new Object[] {s.type(), name(s), shop(s), s.createdBy().value(), pairKey(room), s.createdAt(),
                s.id().value()};
    }

    /** The parameter rows of {@link #INSERT_PARTICIPANT}, one per participant, current or former. */
    static List<Object[]> participants(Room room) {
        RoomState s = room.state();
        return s.participants().stream()
                .map(p -> new Object[] {s.id().value(), p.member().value(), p.joinedAt(), p.leftAt().orElse(null)})
                .toList();
    }

    /** The current row of a {@link #SELECT}. */
    static Row read(ResultSet row) throws SQLException {
        var id = new RoomId(uuid(row, "id"));
        var type = RoomType.valueOf(row.getString("type"));
        var name = Optional.ofNullable(row.getString("name")).map(RoomName::new);
        var shop = Optional.ofNullable(uuid(row, "shop_id")).map(ShopId::new);
        var createdBy = new MemberId(uuid(row, "created_by"));
        var createdAt = instant(row, "created_at");
        Function<Set<Participant>, RoomState> state =
                roster -> new RoomState(id, type, name, shop, createdBy, createdAt, roster);
        var member = uuid(row, "member_id");
        if (member == null) {
            return new Row(id, state, Optional.empty());
        }
        var participant = new Participant(new MemberId(member), instant(row, "joined_at"),
                optionalInstant(row, "left_at"));
        return new Row(id, state, Optional.of(participant));
    }

    /** The rooms of the rows of a {@link #SELECT}, each with its whole roster, in the order they first appear. */
    static List<Room> rooms(List<Row> rows) {
        var firstRows = new LinkedHashMap<RoomId, Row>();
        var rosters = new LinkedHashMap<RoomId, Set<Participant>>();
        for (Row row : rows) {
            firstRows.putIfAbsent(row.id(), row);
            var roster = rosters.computeIfAbsent(row.id(), id -> new HashSet<>());
            row.participant().ifPresent(roster::add);
        }
        return firstRows.values().stream()
                .map(row -> Room.reconstitute(row.withRoster().apply(rosters.get(row.id()))))
                .toList();
    }

    private static String name(RoomState s) {
        return s.name().map(RoomName::value).orElse(null);
    }

    private static Object shop(RoomState s) {
        return s.shop().map(ShopId::value).orElse(null);
    }

    private static String pairKey(Room room) {
        return room.directPair().map(DirectPair::key).orElse(null);
    }

    /** A row of a {@link #SELECT}: a room as soon as its roster is known, and one participant unless it has none. */
    record Row(RoomId id, Function<Set<Participant>, RoomState> withRoster, Optional<Participant> participant) {
    }
}
