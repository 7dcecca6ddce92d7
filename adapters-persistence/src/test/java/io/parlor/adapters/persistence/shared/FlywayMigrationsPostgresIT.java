package io.parlor.adapters.persistence.shared;

import io.micronaut.context.ApplicationContext;

class FlywayMigrationsPostgresIT extends FlywayMigrationsH2Test {

    @Override
    protected ApplicationContext startContext() {
        return TestDatabases.postgres();
    }
}
