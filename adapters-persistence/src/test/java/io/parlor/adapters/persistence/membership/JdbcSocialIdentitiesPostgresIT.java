package io.parlor.adapters.persistence.membership;

import io.micronaut.context.ApplicationContext;
import io.parlor.adapters.persistence.shared.TestDatabases;

class JdbcSocialIdentitiesPostgresIT extends JdbcSocialIdentitiesSuite {

    @Override
    protected ApplicationContext startContext() {
        return TestDatabases.postgres();
    }
}
