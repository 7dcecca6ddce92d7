package io.parlor.adapters.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.core.type.Argument;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import io.parlor.application.shared.port.out.StoreUnavailable;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.application.shared.port.out.TransactionRunnerContract;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
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

    @Test
    void aLostConnectionInsideAUnitOfWorkIsAStoreUnavailableAndAnyOtherFailurePassesUnchanged() {
        var runner = newSubject();
        var refused = new IllegalStateException("a rule");

        assertThatThrownBy(() -> runner.runInTransaction(() -> {
            throw new DataAccessException("I/O error", new SQLException("I/O error", "08006"));
        })).isInstanceOf(StoreUnavailable.class);
        assertThatThrownBy(() -> runner.runInTransaction(() -> {
            throw refused;
        })).isSameAs(refused);
        assertThat(runner.inTransaction(() -> "done")).isEqualTo("done");
    }
}
