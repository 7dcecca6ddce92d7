package io.parlor.adapters.persistence.chat;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcBlobStorePostgresIT extends JdbcBlobStoreSuite {

    JdbcBlobStorePostgresIT() {
        super(TestDatabase.postgres());
    }
}
