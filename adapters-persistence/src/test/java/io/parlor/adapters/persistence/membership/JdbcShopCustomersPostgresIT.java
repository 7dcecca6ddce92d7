package io.parlor.adapters.persistence.membership;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcShopCustomersPostgresIT extends JdbcShopCustomersSuite {

    JdbcShopCustomersPostgresIT() {
        super(TestDatabase.postgres());
    }
}
