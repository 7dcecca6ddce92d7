package io.parlor.adapters.persistence.shared;

import static io.parlor.adapters.persistence.shared.Sql.batch;
import static io.parlor.adapters.persistence.shared.Sql.first;
import static io.parlor.adapters.persistence.shared.Sql.instant;
import static io.parlor.adapters.persistence.shared.Sql.query;
import static io.parlor.adapters.persistence.shared.Sql.update;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.parlor.application.shared.port.out.Deadline;
import io.parlor.application.shared.port.out.Deadlines;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@link Deadlines} in the table {@code deadlines}. A claim locks the due rows it takes
 * ({@code FOR UPDATE SKIP LOCKED}) in the caller's transaction, which must be running: the
 * locks are what keeps other instances off those deadlines until the caller has run them and
 * removed or moved them, and a crash before the commit leaves them due as they were.
 */
@Singleton
public final class JdbcDeadlines implements Deadlines {

    private static final String COLUMNS = "deadline_key, kind, due_at, payload, attempts";
    /**
     * The {@code NOT EXISTS} keeps the usual case, a deadline already scheduled, from reaching the
     * unique index: H2 answers {@code ON CONFLICT} by building and dropping an exception, which
     * cost more than the rest of a chat delivery. The {@code ON CONFLICT} stays for a concurrent insert.
     */
    private static final String INSERT = "INSERT INTO deadlines (" + COLUMNS + ") SELECT ?, ?, ?, ?, ?"
            + " WHERE NOT EXISTS (SELECT 1 FROM deadlines WHERE deadline_key = ?) ON CONFLICT DO NOTHING";
    private static final String REPLACE =
            "UPDATE deadlines SET kind = ?, due_at = ?, payload = ?, attempts = ? WHERE deadline_key = ?";
    private static final String DELETE = "DELETE FROM deadlines WHERE deadline_key = ?";
    private static final String FIND = "SELECT " + COLUMNS + " FROM deadlines WHERE deadline_key = ?";
    private static final String DUE = "SELECT " + COLUMNS + " FROM deadlines WHERE due_at <= ?"
            + " ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED";
    private static final TransactionDefinition RUNNING =
            TransactionDefinition.of(TransactionDefinition.Propagation.MANDATORY);

    private final TransactionOperations<Connection> transactions;
    private final Sql sql;

    public JdbcDeadlines(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
        this.sql = new Sql(transactions);
    }

    @Override
    public boolean scheduleIfAbsent(Deadline deadline) {
        return sql.write(connection -> update(connection, INSERT, deadline.key(), deadline.kind(), deadline.dueAt(),
                deadline.payload(), deadline.attempts(), deadline.key()) == 1);
    }

    /** One JDBC batch: one round trip for a whole room's members. */
    @Override
    public void scheduleAllIfAbsent(List<Deadline> deadlines) {
        sql.write(connection -> {
            batch(connection, INSERT, deadlines.stream().map(d -> new Object[] {d.key(), d.kind(), d.dueAt(),
                    d.payload(), d.attempts(), d.key()}).toList());
            return null;
        });
    }

    /** Update, else insert, else (a concurrent insert won) update again, as the read marks do. */
    @Override
    public void schedule(Deadline deadline) {
        Object[] replace = {deadline.kind(), deadline.dueAt(), deadline.payload(), deadline.attempts(), deadline.key()};
        sql.write(connection -> update(connection, REPLACE, replace) == 1
                || update(connection, INSERT, deadline.key(), deadline.kind(), deadline.dueAt(), deadline.payload(),
                        deadline.attempts(), deadline.key()) == 1
                || update(connection, REPLACE, replace) == 1);
    }

    @Override
    public boolean cancel(String key) {
        return sql.write(connection -> update(connection, DELETE, key) == 1);
    }

    @Override
    public Optional<Deadline> find(String key) {
        return sql.read(connection -> first(connection, FIND, JdbcDeadlines::row, key));
    }

    /** @throws io.micronaut.transaction.exceptions.TransactionException when no transaction is running */
    @Override
    public List<Deadline> claimDue(Instant now, int limit) {
        return transactions.execute(RUNNING, status -> {
            try {
                return query(status.getConnection(), DUE, JdbcDeadlines::row, now, limit);
            } catch (SQLException e) {
                throw new DataAccessException(e.getMessage(), e);
            }
        });
    }

    private static Deadline row(ResultSet row) throws SQLException {
        return new Deadline(row.getString("deadline_key"), row.getString("kind"), instant(row, "due_at"),
                row.getString("payload"), row.getInt("attempts"));
    }
}
