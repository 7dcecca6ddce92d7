package io.parlor.adapters.persistence.membership;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcCustomerGroupsPostgresIT extends JdbcCustomerGroupsSuite {

    JdbcCustomerGroupsPostgresIT() {
        super(TestDatabase.postgres());
    }
}
