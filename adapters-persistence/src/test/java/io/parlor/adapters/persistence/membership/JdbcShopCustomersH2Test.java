package io.parlor.adapters.persistence.membership;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcShopCustomersH2Test extends JdbcShopCustomersSuite {

    JdbcShopCustomersH2Test() {
        super(TestDatabase.h2());
    }
}
