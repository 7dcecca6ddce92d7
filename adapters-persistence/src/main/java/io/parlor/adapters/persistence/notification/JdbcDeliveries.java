package io.parlor.adapters.persistence.notification;

import static io.parlor.adapters.persistence.shared.Sql.batch;
import static io.parlor.adapters.persistence.shared.Sql.instant;
import static io.parlor.adapters.persistence.shared.Sql.optionalInstant;
import static io.parlor.adapters.persistence.shared.Sql.query;
import static io.parlor.adapters.persistence.shared.Sql.update;
import static io.parlor.adapters.persistence.shared.Sql.uuid;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.parlor.adapters.persistence.shared.Sql;
import io.parlor.application.notification.port.out.Deliveries;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.notification.Channel;
import io.parlor.domain.notification.Delivery;
import io.parlor.domain.notification.DeliveryId;
import io.parlor.domain.notification.DeliveryStatus;
import io.parlor.domain.notification.NotificationId;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@link Deliveries} in the table {@code notification_deliveries}. A claim is a transaction of
 * its own that locks the due rows it takes ({@code FOR UPDATE SKIP LOCKED}, so concurrent
 * claimers take different rows), counts the attempt and moves each row's due time to the end
 * of the lease before it commits: until then no other claimer sees the row as due.
 */
@Singleton
public final class JdbcDeliveries implements Deliveries {

    private static final String COLUMNS =
            "id, notification_id, recipient_id, channel, status, attempts, due_at, last_error, sent_at";
    private static final String INSERT = "INSERT INTO notification_deliveries (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String DUE = "SELECT " + COLUMNS + " FROM notification_deliveries"
            + " WHERE status = 'PENDING' AND due_at <= ? ORDER BY status, due_at LIMIT ? FOR UPDATE SKIP LOCKED";
    private static final String RECORD = "UPDATE notification_deliveries"
            + " SET status = ?, attempts = ?, due_at = ?, last_error = ?, sent_at = ? WHERE id = ?";
    private static final String OF = "SELECT " + COLUMNS + " FROM notification_deliveries WHERE notification_id = ?";
    private static final TransactionDefinition OWN =
            TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW);

    private final TransactionOperations<Connection> transactions;
    private final Sql sql;

    public JdbcDeliveries(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
        this.sql = new Sql(transactions);
    }

    @Override
    public void add(List<Delivery> deliveries) {
        sql.write(connection -> {
            batch(connection, INSERT, deliveries.stream().map(JdbcDeliveries::values).toList());
            return null;
        });
    }

    @Override
    public List<Delivery> claimDue(Instant now, Duration lease, int limit) {
        return transactions.execute(OWN, status -> {
            try {
                var claimed = query(status.getConnection(), DUE, JdbcDeliveries::row, now, limit).stream()
                        .map(delivery -> delivery.claimed(now.plus(lease))).toList();
                batch(status.getConnection(), RECORD, claimed.stream().map(JdbcDeliveries::outcome).toList());
                return claimed;
            } catch (SQLException e) {
                throw new DataAccessException(e.getMessage(), e);
            }
        });
    }

    @Override
    public void record(Delivery outcome) {
        sql.write(connection -> update(connection, RECORD, outcome(outcome)));
    }

    @Override
    public List<Delivery> of(NotificationId notification) {
        return sql.read(connection -> query(connection, OF, JdbcDeliveries::row, notification.value()));
    }

    private static Object[] values(Delivery d) {
        return new Object[] {d.id().value(), d.notification().value(), d.recipient().value(), d.channel(), d.status(),
                d.attempts(), d.dueAt(), d.lastError().orElse(null), d.sentAt().orElse(null)};
    }

    private static Object[] outcome(Delivery d) {
        return new Object[] {d.status(), d.attempts(), d.dueAt(), d.lastError().orElse(null),
                d.sentAt().orElse(null), d.id().value()};
    }

    private static Delivery row(ResultSet row) throws SQLException {
        return new Delivery(new DeliveryId(uuid(row, "id")), new NotificationId(uuid(row, "notification_id")),
                new MemberId(uuid(row, "recipient_id")), Channel.valueOf(row.getString("channel")),
                DeliveryStatus.valueOf(row.getString("status")), row.getInt("attempts"), instant(row, "due_at"),
                Optional.ofNullable(row.getString("last_error")), optionalInstant(row, "sent_at"));
    }
}
