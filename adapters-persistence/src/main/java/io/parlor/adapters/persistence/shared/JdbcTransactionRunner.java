package io.parlor.adapters.persistence.shared;

import io.micronaut.transaction.TransactionOperations;
import io.parlor.application.shared.port.out.TransactionRunner;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;

/**
 * Units of work as JDBC transactions on the default data source. Joins a transaction already
 * running on the thread; any exception rolls back and propagates unchanged, but for a database
 * that cannot be reached, which is a {@code StoreUnavailable}.
 */
@Singleton
public final class JdbcTransactionRunner implements TransactionRunner {

    private final TransactionOperations<Connection> transactions;

    public JdbcTransactionRunner(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return transactions.executeWrite(status -> work.get());
        } catch (RuntimeException e) {
            throw Sql.unreachableOr(e);
        }
    }

    @Override
    public boolean inUnitOfWork() {
        return transactions.findTransactionStatus().isPresent();
    }
}
