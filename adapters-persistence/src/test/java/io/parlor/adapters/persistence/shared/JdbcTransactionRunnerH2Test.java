package io.parlor.adapters.persistence.shared;

import io.micronaut.context.ApplicationContext;

class JdbcTransactionRunnerH2Test extends JdbcTransactionRunnerSuite {

    @Override
    protected ApplicationContext startContext() {
        return TestDatabases.h2();
    }
}
