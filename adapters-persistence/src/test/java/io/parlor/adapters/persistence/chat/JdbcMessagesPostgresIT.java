package io.parlor.adapters.persistence.chat;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcMessagesPostgresIT extends JdbcMessagesSuite {

    JdbcMessagesPostgresIT() {
        super(TestDatabase.postgres());
    }
}
