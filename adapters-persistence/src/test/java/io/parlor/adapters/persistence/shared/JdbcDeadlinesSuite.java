package io.parlor.adapters.persistence.shared;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.transaction.exceptions.TransactionException;
import io.parlor.application.shared.port.out.Deadlines;
import io.parlor.application.shared.port.out.DeadlinesContract;
import io.parlor.application.shared.port.out.TransactionRunner;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The deadlines contract on one database; subclasses say which. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcDeadlinesSuite extends DeadlinesContract {

    @RegisterExtension
    final TestDatabase database;

    protected JdbcDeadlinesSuite(TestDatabase database) {
        this.database = database;
    }

    @Override
    protected Deadlines newSubject() {
        return database.bean(JdbcDeadlines.class);
    }

    @Override
    protected TransactionRunner transactions() {
        return database.bean(JdbcTransactionRunner.class);
    }

    @Test
    void claimingOutsideAUnitOfWorkIsRefused() {
        var deadlines = newSubject();

        assertThatThrownBy(() -> deadlines.claimDue(Instant.parse("2026-03-02T09:00:00Z"), 10))
                .as("a claim holds its rows until the unit of work that runs them ends")
                .isInstanceOf(TransactionException.class);
    }
}
