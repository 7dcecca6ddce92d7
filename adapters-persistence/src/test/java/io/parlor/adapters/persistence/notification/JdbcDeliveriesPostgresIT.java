package io.parlor.adapters.persistence.notification;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcDeliveriesPostgresIT extends JdbcDeliveriesSuite {

    JdbcDeliveriesPostgresIT() {
        super(TestDatabase.postgres());
    }
}
