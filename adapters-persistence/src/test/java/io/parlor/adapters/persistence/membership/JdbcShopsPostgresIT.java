package io.parlor.adapters.persistence.membership;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcShopsPostgresIT extends JdbcShopsSuite {

    JdbcShopsPostgresIT() {
        super(TestDatabase.postgres());
    }
}
