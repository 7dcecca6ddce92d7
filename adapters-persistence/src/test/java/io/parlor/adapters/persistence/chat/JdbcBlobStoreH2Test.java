package io.parlor.adapters.persistence.chat;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcBlobStoreH2Test extends JdbcBlobStoreSuite {

    JdbcBlobStoreH2Test() {
        super(TestDatabase.h2());
    }
}
