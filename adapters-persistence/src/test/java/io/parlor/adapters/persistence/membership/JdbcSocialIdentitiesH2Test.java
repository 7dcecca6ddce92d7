package io.parlor.adapters.persistence.membership;

import io.micronaut.context.ApplicationContext;
import io.parlor.adapters.persistence.shared.TestDatabases;

class JdbcSocialIdentitiesH2Test extends JdbcSocialIdentitiesSuite {

    @Override
    protected ApplicationContext startContext() {
        return TestDatabases.h2();
    }
}
