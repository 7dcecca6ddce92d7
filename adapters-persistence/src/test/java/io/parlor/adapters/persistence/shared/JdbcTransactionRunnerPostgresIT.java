package io.parlor.adapters.persistence.shared;

import io.micronaut.context.ApplicationContext;

class JdbcTransactionRunnerPostgresIT extends JdbcTransactionRunnerSuite {

    @Override
    protected ApplicationContext startContext() {
        return TestDatabases.postgres();
    }
}
