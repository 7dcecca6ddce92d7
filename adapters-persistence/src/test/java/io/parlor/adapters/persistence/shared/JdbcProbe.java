package io.parlor.adapters.persistence.shared;

import io.micronaut.transaction.TransactionOperations;
import io.parlor.application.shared.port.out.TransactionRunnerContract.Probe;
import java.sql.Connection;
import java.sql.SQLException;

/** A one-column table written through the connection of the running transaction. */
final class JdbcProbe implements Probe {

    private final TransactionOperations<Connection> transactions;

    JdbcProbe(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
        transactions.executeWrite(status -> update(status.getConnection(),
                "CREATE TABLE IF NOT EXISTS tx_probe (k TEXT PRIMARY KEY)", null));
    }

    @Override
    public void write(String key) {
        update(transactions.getConnection(), "INSERT INTO tx_probe (k) VALUES (?)", key);
    }

    @Override
    public boolean contains(String key) {
        return transactions.executeRead(status -> {
            try (var query = status.getConnection().prepareStatement("SELECT 1 FROM tx_probe WHERE k = ?")) {
                query.setString(1, key);
                try (var rows = query.executeQuery()) {
                    return rows.next();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Void update(Connection connection, String sql, String key) {
        try (var statement = connection.prepareStatement(sql)) {
            if (key != null) {
                statement.setString(1, key);
            }
            statement.executeUpdate();
            return null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
