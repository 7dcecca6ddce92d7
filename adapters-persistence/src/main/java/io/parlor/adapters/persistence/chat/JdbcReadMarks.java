package io.parlor.adapters.persistence.chat;

import static io.parlor.adapters.persistence.shared.Sql.query;
import static io.parlor.adapters.persistence.shared.Sql.update;
import static io.parlor.adapters.persistence.shared.Sql.uuid;

import io.micronaut.transaction.TransactionOperations;
import io.parlor.adapters.persistence.shared.Sql;
import io.parlor.application.chat.port.out.ReadMarks;
import io.parlor.domain.chat.ReadMark;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link ReadMarks} in the table {@code chat_read_marks}, apart from the rosters so that saving a
 * room never touches a mark. A mark moves by one conditional {@code UPDATE ... WHERE
 * last_read_seq < ?}; a first mark is an insert-if-absent ({@code ON CONFLICT DO NOTHING}), and
 * when a concurrent first mark wins that race the update is tried once more against it. The
 * database re-checks the condition on the latest row, so a mark never moves back.
 */
@Singleton
public final class JdbcReadMarks implements ReadMarks {

    private static final String MOVE = """
            UPDATE chat_read_marks SET last_read_seq = ? WHERE room_id = ? AND member_id = ? AND last_read_seq < ?""";
    private static final String INSERT = """
            INSERT INTO chat_read_marks (room_id, member_id, last_read_seq) VALUES (?, ?, ?) ON CONFLICT DO NOTHING""";
    private static final String IN_ROOM = "SELECT member_id, last_read_seq FROM chat_read_marks WHERE room_id = ?";
    private static final String OF_MEMBER = "SELECT room_id, last_read_seq FROM chat_read_marks WHERE member_id = ?";

    private final Sql sql;

    public JdbcReadMarks(TransactionOperations<Connection> transactions) {
        this.sql = new Sql(transactions);
    }

    @Override
    public boolean advance(RoomId room, MemberId member, ReadMark mark) {
        Object[] move = {mark.seq(), room.value(), member.value(), mark.seq()};
        return sql.write(connection -> update(connection, MOVE, move) == 1
                || update(connection, INSERT, room.value(), member.value(), mark.seq()) == 1
                || update(connection, MOVE, move) == 1);
    }

    @Override
    public Map<MemberId, ReadMark> inRoom(RoomId room) {
        var marks = new HashMap<MemberId, ReadMark>();
        sql.read(connection -> query(connection, IN_ROOM, row -> Map.entry(new MemberId(uuid(row, "member_id")),
                new ReadMark(row.getLong("last_read_seq"))), room.value()))
                .forEach(mark -> marks.put(mark.getKey(), mark.getValue()));
        return marks;
    }

    @Override
    public Map<RoomId, ReadMark> ofMember(MemberId member) {
        var marks = new HashMap<RoomId, ReadMark>();
        sql.read(connection -> query(connection, OF_MEMBER, row -> Map.entry(new RoomId(uuid(row, "room_id")),
                new ReadMark(row.getLong("last_read_seq"))), member.value()))
                .forEach(mark -> marks.put(mark.getKey(), mark.getValue()));
        return marks;
    }
}
