package io.parlor.adapters.persistence.chat;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcReadMarksH2Test extends JdbcReadMarksSuite {

    JdbcReadMarksH2Test() {
        super(TestDatabase.h2());
    }
}
