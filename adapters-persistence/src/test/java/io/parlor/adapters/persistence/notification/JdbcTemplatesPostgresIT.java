package io.parlor.adapters.persistence.notification;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcTemplatesPostgresIT extends JdbcTemplatesSuite {

    JdbcTemplatesPostgresIT() {
        super(TestDatabase.postgres());
    }
}
