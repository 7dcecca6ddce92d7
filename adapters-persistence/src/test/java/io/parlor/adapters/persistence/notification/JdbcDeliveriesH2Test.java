package io.parlor.adapters.persistence.notification;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcDeliveriesH2Test extends JdbcDeliveriesSuite {

    JdbcDeliveriesH2Test() {
        super(TestDatabase.h2());
    }
}
