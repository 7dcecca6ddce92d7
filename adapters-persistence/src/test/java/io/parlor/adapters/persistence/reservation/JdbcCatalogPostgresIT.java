package io.parlor.adapters.persistence.reservation;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcCatalogPostgresIT extends JdbcCatalogSuite {

    JdbcCatalogPostgresIT() {
        super(TestDatabase.postgres());
    }
}
