package io.parlor.adapters.persistence.shared;

import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.application.shared.port.out.TransactionRunnerContract;
import java.sql.Connection;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The transaction contract on one database; subclasses say which. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcTransactionRunnerSuite extends TransactionRunnerContract {

    @RegisterExtension
    final TestDatabase database;

    protected JdbcTransactionRunnerSuite(TestDatabase database) {
        this.database = database;
    }

    @Override
    protected TransactionRunner newSubject() {
        return database.bean(JdbcTransactionRunner.class);
    }

    @Override
    protected Probe probeFor(TransactionRunner runner) {
        return new JdbcProbe(database.bean(Argument.of(TransactionOperations.class, Connection.class)));
    }
}
