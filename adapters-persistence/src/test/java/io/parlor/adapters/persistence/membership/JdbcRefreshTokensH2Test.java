package io.parlor.adapters.persistence.membership;

import io.micronaut.context.ApplicationContext;
import io.parlor.adapters.persistence.shared.TestDatabases;

class JdbcRefreshTokensH2Test extends JdbcRefreshTokensSuite {

    @Override
    protected ApplicationContext startContext() {
        return TestDatabases.h2();
    }
}
