package io.parlor.adapters.persistence.shared;

import io.parlor.application.shared.port.out.Deadlines;
import io.parlor.application.shared.port.out.DeadlinesContract;
import io.parlor.application.shared.port.out.TransactionRunner;
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
}
