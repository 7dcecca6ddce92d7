package io.parlor.adapters.persistence.chat;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcReadMarksPostgresIT extends JdbcReadMarksSuite {

    JdbcReadMarksPostgresIT() {
        super(TestDatabase.postgres());
    }
}
