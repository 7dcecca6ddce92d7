package io.parlor.adapters.persistence.notification;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcTemplatesH2Test extends JdbcTemplatesSuite {

    JdbcTemplatesH2Test() {
        super(TestDatabase.h2());
    }
}
