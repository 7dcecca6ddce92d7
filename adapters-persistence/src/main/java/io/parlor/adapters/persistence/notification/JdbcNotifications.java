package io.parlor.adapters.persistence.notification;

import static io.parlor.adapters.persistence.shared.Sql.batch;
import static io.parlor.adapters.persistence.shared.Sql.first;
import static io.parlor.adapters.persistence.shared.Sql.instant;
import static io.parlor.adapters.persistence.shared.Sql.optionalInstant;
import static io.parlor.adapters.persistence.shared.Sql.query;
import static io.parlor.adapters.persistence.shared.Sql.update;
import static io.parlor.adapters.persistence.shared.Sql.uuid;

import io.micronaut.transaction.TransactionOperations;
import io.parlor.adapters.persistence.shared.Sql;
import io.parlor.application.notification.port.out.Notifications;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.notification.Notification;
import io.parlor.domain.notification.NotificationId;
import io.parlor.domain.notification.NotificationType;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link Notifications} in the table {@code notifications}, numbered by the member's row of
 * {@code notification_counters}, with each notification's data in {@code notification_data}.
 * An add locks the counter ({@code SELECT ... FOR UPDATE}) until its transaction ends, which
 * gives numbers in commit order and makes the check for an earlier notification of the same
 * origin exact; the unique key on {@code (recipient_id, origin)} is the backstop.
 */
@Singleton
public final class JdbcNotifications implements Notifications {

    private static final String COLUMNS = "id, recipient_id, seq, type, title, body, created_at, read_at";
    private static final String CREATE_COUNTER =
            "INSERT INTO notification_counters (recipient_id, last_seq) VALUES (?, 0) ON CONFLICT DO NOTHING";
    private static final String LOCK_COUNTER =
            "SELECT last_seq FROM notification_counters WHERE recipient_id = ? FOR UPDATE";
    private static final String MOVE_COUNTER = "UPDATE notification_counters SET last_seq = ? WHERE recipient_id = ?";
    private static final String SAME_ORIGIN = "SELECT id FROM notifications WHERE recipient_id = ? AND origin = ?";
    private static final String INSERT = "INSERT INTO notifications (" + COLUMNS + ", origin)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_DATA =
            "INSERT INTO notification_data (notification_id, data_key, data_value) VALUES (?, ?, ?)";
    private static final String DATA_OF =
            "SELECT notification_id, data_key, data_value FROM notification_data WHERE notification_id = ANY(?)";
    private static final String FIND = "SELECT " + COLUMNS + " FROM notifications WHERE recipient_id = ? AND id = ?";
    /** Ordered by the whole {@code (recipient_id, seq)} key, so that H2 too reads pages off the index. */
    private static final String NEWEST_BEFORE = "SELECT " + COLUMNS + " FROM notifications"
            + " WHERE recipient_id = ? AND seq < ? ORDER BY recipient_id DESC, seq DESC LIMIT ?";
    private static final String UNREAD_NEWEST_BEFORE = "SELECT " + COLUMNS + " FROM notifications"
            + " WHERE recipient_id = ? AND seq < ? AND read_at IS NULL ORDER BY recipient_id DESC, seq DESC LIMIT ?";
    private static final String AFTER = "SELECT " + COLUMNS + " FROM notifications"
            + " WHERE recipient_id = ? AND seq > ? ORDER BY recipient_id, seq LIMIT ?";
    private static final String UNREAD_COUNT =
            "SELECT COUNT(*) AS unread FROM notifications WHERE recipient_id = ? AND read_at IS NULL";
    private static final String MARK_READ =
            "UPDATE notifications SET read_at = ? WHERE recipient_id = ? AND id = ? AND read_at IS NULL";
    private static final String MARK_ALL_READ =
            "UPDATE notifications SET read_at = ? WHERE recipient_id = ? AND read_at IS NULL";
    private static final String DELETE = "DELETE FROM notifications WHERE recipient_id = ? AND id = ?";
    private static final String DELETE_ALL = "DELETE FROM notifications WHERE recipient_id = ?";

    private final Sql sql;

    public JdbcNotifications(TransactionOperations<Connection> transactions) {
        this.sql = new Sql(transactions);
    }

    @Override
    public Optional<Notification> add(Notification draft, Optional<String> origin) {
        UUID recipient = draft.recipient().value();
        return sql.write(connection -> {
            update(connection, CREATE_COUNTER, recipient);
            long last = first(connection, LOCK_COUNTER, row -> row.getLong("last_seq"), recipient).orElseThrow();
            if (origin.isPresent()
                    && first(connection, SAME_ORIGIN, row -> uuid(row, "id"), recipient, origin.get()).isPresent()) {
                return Optional.<Notification>empty();
            }
            var numbered = draft.numbered(last + 1);
            update(connection, INSERT, numbered.id().value(), recipient, numbered.seq(), numbered.type(),
                    numbered.title(), numbered.body(), numbered.createdAt(), numbered.readAt().orElse(null),
                    origin.orElse(null));
            var data = new ArrayList<Object[]>();
            numbered.data().forEach((name, value) -> data.add(new Object[] {numbered.id().value(), name, value}));
            batch(connection, INSERT_DATA, data);
            update(connection, MOVE_COUNTER, numbered.seq(), recipient);
            return Optional.of(numbered);
        });
    }

    @Override
    public Optional<Notification> find(MemberId recipient, NotificationId id) {
        return sql.read(connection -> withData(connection,
                query(connection, FIND, JdbcNotifications::row, recipient.value(), id.value())).stream().findFirst());
    }

    @Override
    public List<Notification> newestFirst(MemberId recipient, boolean unreadOnly, Optional<Long> beforeSeq,
                                          int limit) {
        return sql.read(connection -> withData(connection, query(connection,
                unreadOnly ? UNREAD_NEWEST_BEFORE : NEWEST_BEFORE, JdbcNotifications::row, recipient.value(),
                beforeSeq.orElse(Long.MAX_VALUE), limit)));
    }

    @Override
    public List<Notification> after(MemberId recipient, long afterSeq, int limit) {
        return sql.read(connection -> withData(connection,
                query(connection, AFTER, JdbcNotifications::row, recipient.value(), afterSeq, limit)));
    }

    @Override
    public long unreadCount(MemberId recipient) {
        return sql.read(connection -> first(connection, UNREAD_COUNT, row -> row.getLong("unread"),
                recipient.value()).orElse(0L));
    }

    @Override
    public boolean markRead(MemberId recipient, NotificationId id, Instant now) {
        return sql.write(connection -> update(connection, MARK_READ, now, recipient.value(), id.value()) == 1
                || first(connection, FIND, row -> uuid(row, "id"), recipient.value(), id.value()).isPresent());
    }

    @Override
    public int markAllRead(MemberId recipient, Instant now) {
        return sql.write(connection -> update(connection, MARK_ALL_READ, now, recipient.value()));
    }

    @Override
    public boolean delete(MemberId recipient, NotificationId id) {
        return sql.write(connection -> update(connection, DELETE, recipient.value(), id.value()) == 1);
    }

    @Override
    public int deleteAll(MemberId recipient) {
        return sql.write(connection -> update(connection, DELETE_ALL, recipient.value()));
    }

    private static Notification row(ResultSet row) throws SQLException {
        return Notification.stored(new NotificationId(uuid(row, "id")), new MemberId(uuid(row, "recipient_id")),
                row.getLong("seq"), NotificationType.valueOf(row.getString("type")), row.getString("title"),
                row.getString("body"), Map.of(), instant(row, "created_at"), optionalInstant(row, "read_at"));
    }

    /** The same notifications with their data, read for the whole page in one statement. */
    private static List<Notification> withData(Connection connection, List<Notification> page) throws SQLException {
        if (page.isEmpty()) {
            return page;
        }
        UUID[] ids = page.stream().map(n -> n.id().value()).toArray(UUID[]::new);
        var data = new HashMap<UUID, Map<String, String>>();
        for (var entry : query(connection, DATA_OF, row -> new Object[] {uuid(row, "notification_id"),
                row.getString("data_key"), row.getString("data_value")}, (Object) ids)) {
            data.computeIfAbsent((UUID) entry[0], id -> new HashMap<>()).put((String) entry[1], (String) entry[2]);
        }
        return page.stream().map(n -> Notification.stored(n.id(), n.recipient(), n.seq(), n.type(), n.title(),
                n.body(), Map.copyOf(data.getOrDefault(n.id().value(), Map.of())), n.createdAt(), n.readAt()))
                .toList();
    }
}
