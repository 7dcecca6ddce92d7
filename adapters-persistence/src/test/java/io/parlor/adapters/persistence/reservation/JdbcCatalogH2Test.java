package io.parlor.adapters.persistence.reservation;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcCatalogH2Test extends JdbcCatalogSuite {

    JdbcCatalogH2Test() {
        super(TestDatabase.h2());
    }
}
