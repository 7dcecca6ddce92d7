package io.parlor.adapters.persistence.shared;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import io.parlor.application.shared.port.out.StoreUnavailable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Plain JDBC for the adapters that write SQL by hand (one statement shape for H2 and
 * PostgreSQL, and row locks, which derived repository queries express poorly). Work runs on the
 * connection of the transaction already running on the thread, or in a transaction of its own.
 * Instants are bound as UTC {@link OffsetDateTime}s cut to microseconds, the precision both
 * databases keep; enums by name; Java arrays ({@code UUID[]}, {@code Long[]}) as SQL arrays, so
 * that one statement text serves any number of ids ({@code = ANY(?)}, {@code UNNEST(?, ?)}).
 */
public final class Sql {

    private static final String UNIQUE_VIOLATION = "23505";

    /** Work on a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    /** Reads the current row of a result. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final TransactionOperations<Connection> transactions;

    public Sql(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** Runs {@code work} in a read-only transaction, or in the running one. */
    public <T> T read(Work<T> work) {
        try {
            return transactions.executeRead(status -> run(work, status.getConnection()));
        } catch (RuntimeException e) {
            throw unreachableOr(e);
        }
    }

    /** Runs {@code work} in a transaction, or in the running one. */
    public <T> T write(Work<T> work) {
        try {
            return transactions.executeWrite(status -> run(work, status.getConnection()));
        } catch (RuntimeException e) {
            throw unreachableOr(e);
        }
    }

    /**
     * A {@link StoreUnavailable} when {@code failure} came from a database that cannot be reached
     * (no connection, a lost one, a server shutting down: the pool's or the driver's connection
     * failures, SQLSTATE 08 and 57P0), otherwise {@code failure} itself.
     */
    public static RuntimeException unreachableOr(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof StoreUnavailable) {
                return failure;
            }
            if (cause instanceof ConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return new StoreUnavailable("the database", failure);
            }
        }
        return failure;
    }

    /** SQLSTATE class 08 (connection exception) and 57P01-03 (the server shuts down or cannot accept yet). */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }

    /** Whether {@code failure} was caused by a unique or primary-key violation. */
    public static boolean isUniqueViolation(DataAccessException failure) {
        return failure.getCause() instanceof SQLException cause && isUniqueViolation(cause);
    }

    /** Whether {@code failure}, or a failure of a batch it reports, is a unique or primary-key violation. */
    public static boolean isUniqueViolation(SQLException failure) {
        for (SQLException e = failure; e != null; e = e.getNextException()) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    public static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (var statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    /** Runs {@code sql} once per parameter row, as one batch. */
    public static void batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (var statement = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                bind(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    public static <T> List<T> query(Connection connection, String sql, RowReader<T> reader, Object... parameters)
            throws SQLException {
        try (var statement = prepare(connection, sql, parameters); var rows = statement.executeQuery()) {
            var result = new ArrayList<T>();
            while (rows.next()) {
                result.add(reader.read(rows));
            }
            return result;
        }
    }

    public static <T> Optional<T> first(Connection connection, String sql, RowReader<T> reader, Object... parameters)
            throws SQLException {
        return query(connection, sql, reader, parameters).stream().findFirst();
    }

    /** {@code ?, ?, ?} with {@code count} markers, for an {@code IN (...)} list. */
    public static String markers(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    public static UUID uuid(ResultSet row, String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        return optionalInstant(row, column).orElseThrow(() -> new SQLException(column + " is null"));
    }

    public static Optional<Instant> optionalInstant(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    private static <T> T run(Work<T> work, Connection connection) {
        try {
            return work.on(connection);
        } catch (SQLException e) {
            throw new DataAccessException(e.getMessage(), e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        var statement = connection.prepareStatement(sql);
        try {
            bind(statement, parameters);
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, bindable(parameters[i]));
        }
    }

    private static Object bindable(Object value) {
        if (value instanceof Instant instant) {
            return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value;
    }
}
