package io.parlor.adapters.persistence.chat;

import static io.parlor.adapters.persistence.shared.Sql.first;
import static io.parlor.adapters.persistence.shared.Sql.query;
import static io.parlor.adapters.persistence.shared.Sql.uuid;

import io.micronaut.transaction.TransactionOperations;
import io.parlor.adapters.persistence.shared.Sql;
import io.parlor.application.chat.port.out.Messages;
import io.parlor.domain.chat.Appended;
import io.parlor.domain.chat.AttachmentId;
import io.parlor.domain.chat.Message;
import io.parlor.domain.chat.MessageDraft;
import io.parlor.domain.chat.ReadMark;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.chat.Timelines;
import io.parlor.domain.membership.MemberId;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@link Messages} in the table {@code chat_messages}, numbered by the counter {@code last_seq}
 * on the room's row of {@code chat_rooms}. Appending, one draft or a batch, is one transaction
 * (the caller's, if one is running): lock the counters ({@code SELECT ... FOR UPDATE}, the lock
 * that {@link JdbcRooms#lockById} takes too), insert the messages from {@code last_seq + 1} on,
 * and move the counters. The lock serialises the appends of one room: a concurrent retry
 * waits, then finds the first one and reads it back as a replay. Reads for many rooms bind the ids as one array, so that each is
 * one statement whatever the number of rooms.
 */
@Singleton
public final class JdbcMessages implements Messages {

    private static final String MOVE_COUNTER = """
            UPDATE chat_rooms SET last_seq = ?, last_activity_at = GREATEST(last_activity_at, ?) WHERE id = ?""";
    private static final String SELECT = "SELECT " + MessageRows.COLUMNS + " FROM chat_messages m";
    /** Locks in the order of the key, the order every batch takes, so that two batches never wait on each other. */
    private static final String LOCK_COUNTERS =
            "SELECT id, last_seq FROM chat_rooms WHERE id = ANY(?) ORDER BY id FOR UPDATE";
    private static final String EARLIER = "SELECT " + MessageRows.COLUMNS
            + " FROM UNNEST(?, ?, ?) AS k(room_id, sender_id, client_message_id) JOIN chat_messages m"
            + " ON m.room_id = k.room_id AND m.sender_id = k.sender_id AND m.client_message_id = k.client_message_id";
    private static final String LAST_SEQ = "SELECT last_seq FROM chat_rooms WHERE id = ?";
    /** Ordered by the whole {@code (room_id, seq)} key, so that H2 too reads pages off the index up to the limit. */
    private static final String AFTER =
            SELECT + " WHERE m.room_id = ? AND m.seq > ? AND m.seq < ? ORDER BY m.room_id, m.seq LIMIT ?";
    private static final String NEWEST_BEFORE =
            SELECT + " WHERE m.room_id = ? AND m.seq < ? ORDER BY m.room_id DESC, m.seq DESC LIMIT ?";
    private static final String LAST_OF = "SELECT " + MessageRows.COLUMNS
            + " FROM chat_rooms r JOIN chat_messages m ON m.room_id = r.id AND m.seq = r.last_seq WHERE r.id = ANY(?)";
    private static final String UNREAD = """
            SELECT marks.room_id, COUNT(m.id) AS unread
            FROM UNNEST(?, ?) AS marks(room_id, read_seq)
            LEFT JOIN chat_messages m ON m.room_id = marks.room_id AND m.seq > marks.read_seq AND m.sender_id <> ?
            GROUP BY marks.room_id""";
    private static final String ROOMS_SHOWING = "SELECT DISTINCT room_id FROM chat_messages WHERE attachment_id = ?";

    private final Sql sql;

    public JdbcMessages(TransactionOperations<Connection> transactions) {
        this.sql = new Sql(transactions);
    }

    /** A batch of one. */
    @Override
    public Appended append(MessageDraft draft) {
        return appendAll(List.of(draft)).get(0);
    }

    /**
     * One transaction of three statements whatever the number of drafts: lock the rooms'
     * counters, insert what {@link Timelines} decided as one batch, and move each counter once.
     * Retries of stored messages are rare, so the rule first decides knowing none (it finds
     * retries within the batch itself); if the unique key on client message ids refuses the
     * insert, the batch is undone to a savepoint and decided again with the stored messages it
     * retries.
     */
    @Override
    public List<Appended> appendAll(List<MessageDraft> drafts) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        return sql.write(connection -> {
            var last = lockCounters(connection, drafts);
            var assumingNoRetries = new Timelines(last, List.of()).append(drafts);
            var beforeInsert = connection.setSavepoint();
            try {
                return store(connection, assumingNoRetries);
            } catch (SQLException refused) {
                if (!Sql.isUniqueViolation(refused)) {
                    throw refused;
                }
                connection.rollback(beforeInsert);
                return store(connection, new Timelines(last, earlier(connection, drafts)).append(drafts));
            }
        });
    }

    /** Inserts the new messages as one batch and moves each room's counter once; the results are the rule's. */
    private static List<Appended> store(Connection connection, Timelines.Appending appending) throws SQLException {
        var newMessages = appending.newMessages();
        Sql.batch(connection, MessageRows.INSERT, newMessages.stream().map(MessageRows::inserted).toList());
        Sql.batch(connection, MOVE_COUNTER, counterMoves(newMessages));
        return appending.results();
    }

    /** One row of {@link #MOVE_COUNTER} per room: its newest {@code seq} and the latest {@code sentAt} of the batch. */
    private static List<Object[]> counterMoves(List<Message> newMessages) {
        var newest = new LinkedHashMap<RoomId, Long>();
        var latest = new HashMap<RoomId, Instant>();
        for (Message message : newMessages) {
            newest.put(message.room(), message.seq());
            latest.merge(message.room(), message.sentAt(), (a, b) -> a.isAfter(b) ? a : b);
        }
        return newest.entrySet().stream()
                .map(room -> new Object[] {room.getValue(), latest.get(room.getKey()), room.getKey().value()})
                .toList();
    }

    @Override
    public long lastSeq(RoomId room) {
        return sql.read(connection -> first(connection, LAST_SEQ, row -> row.getLong("last_seq"), room.value()))
                .orElse(0L);
    }

    @Override
    public List<Message> after(RoomId room, long afterSeq, long beforeSeq, int limit) {
        return sql.read(connection -> query(connection, AFTER, MessageRows::read, room.value(), afterSeq, beforeSeq,
                limit));
    }

    @Override
    public List<Message> before(RoomId room, long beforeSeq, int limit) {
        var newestFirst = sql.read(connection -> query(connection, NEWEST_BEFORE, MessageRows::read, room.value(),
                beforeSeq, limit));
        var ascending = new ArrayList<>(newestFirst);
        Collections.reverse(ascending);
        return ascending;
    }

    @Override
    public Map<RoomId, Message> lastOf(Collection<RoomId> rooms) {
        if (rooms.isEmpty()) {
            return Map.of();
        }
        UUID[] ids = rooms.stream().map(RoomId::value).distinct().toArray(UUID[]::new);
        var last = new HashMap<RoomId, Message>();
        sql.read(connection -> query(connection, LAST_OF, MessageRows::read, (Object) ids))
                .forEach(message -> last.put(message.room(), message));
        return last;
    }

    @Override
    public Map<RoomId, Long> unreadCounts(MemberId reader, Map<RoomId, ReadMark> readUpTo) {
        var counts = new HashMap<RoomId, Long>();
        if (readUpTo.isEmpty()) {
            return counts;
        }
        var rooms = new UUID[readUpTo.size()];
        var marks = new Long[readUpTo.size()];
        int i = 0;
        for (var entry : readUpTo.entrySet()) {
            rooms[i] = entry.getKey().value();
            marks[i] = entry.getValue().seq();
            i++;
        }
        sql.read(connection -> query(connection, UNREAD, row -> Map.entry(new RoomId(uuid(row, "room_id")),
                row.getLong("unread")), rooms, marks, reader.value()))
                .forEach(count -> counts.put(count.getKey(), count.getValue()));
        readUpTo.keySet().forEach(room -> counts.putIfAbsent(room, 0L));
        return counts;
    }

    @Override
    public Set<RoomId> roomsShowing(AttachmentId attachment) {
        return sql.read(connection -> query(connection, ROOMS_SHOWING, row -> new RoomId(uuid(row, "room_id")),
                attachment.value())).stream().collect(Collectors.toSet());
    }

    /** The counters of the drafts' rooms, locked: each room's last {@code seq}; a missing room has none. */
    private static Map<RoomId, Long> lockCounters(Connection connection, List<MessageDraft> drafts)
            throws SQLException {
        UUID[] rooms = drafts.stream().map(d -> d.room().value()).distinct().toArray(UUID[]::new);
        var last = new HashMap<RoomId, Long>();
        for (var counter : query(connection, LOCK_COUNTERS, row -> Map.entry(new RoomId(uuid(row, "id")),
                row.getLong("last_seq")), (Object) rooms)) {
            last.put(counter.getKey(), counter.getValue());
        }
        return last;
    }

    /** The stored messages that drafts of the batch retry; one query. */
    private static List<Message> earlier(Connection connection, List<MessageDraft> drafts) throws SQLException {
        var keys = drafts.stream().flatMap(d -> d.retryKey().stream()).toList();
        if (keys.isEmpty()) {
            return List.of();
        }
        UUID[] rooms = keys.stream().map(k -> k.room().value()).toArray(UUID[]::new);
        UUID[] senders = keys.stream().map(k -> k.sender().value()).toArray(UUID[]::new);
        String[] clientIds = keys.stream().map(k -> k.clientMessageId().value()).toArray(String[]::new);
        return query(connection, EARLIER, MessageRows::read, rooms, senders, clientIds);
    }
}
