package io.parlor.adapters.persistence.membership;

import io.micronaut.context.ApplicationContext;
import io.parlor.adapters.persistence.shared.TestDatabases;

class JdbcMembersH2Test extends JdbcMembersSuite {

    @Override
    protected ApplicationContext startContext() {
        return TestDatabases.h2();
    }
}
