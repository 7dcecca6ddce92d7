package io.parlor.adapters.persistence.membership;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcCustomerGroupsH2Test extends JdbcCustomerGroupsSuite {

    JdbcCustomerGroupsH2Test() {
        super(TestDatabase.h2());
    }
}
