package io.parlor.adapters.persistence.chat;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcMessagesH2Test extends JdbcMessagesSuite {

    JdbcMessagesH2Test() {
        super(TestDatabase.h2());
    }
}
