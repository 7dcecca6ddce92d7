package io.parlor.adapters.persistence.membership;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcShopsH2Test extends JdbcShopsSuite {

    JdbcShopsH2Test() {
        super(TestDatabase.h2());
    }
}
