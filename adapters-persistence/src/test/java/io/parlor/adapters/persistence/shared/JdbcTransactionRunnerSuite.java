package io.parlor.adapters.persistence.shared;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.application.shared.port.out.TransactionRunnerContract;
import java.sql.Connection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** The transaction contract on one database; subclasses say which. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcTransactionRunnerSuite extends TransactionRunnerContract {

    private ApplicationContext context;

    protected abstract ApplicationContext startContext();

    @BeforeAll
    void start() {
        context = startContext();
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Override
    protected TransactionRunner newSubject() {
        return context.getBean(JdbcTransactionRunner.class);
    }

    @Override
    protected Probe probeFor(TransactionRunner runner) {
        return new JdbcProbe(context.getBean(Argument.of(TransactionOperations.class, Connection.class)));
    }
}
