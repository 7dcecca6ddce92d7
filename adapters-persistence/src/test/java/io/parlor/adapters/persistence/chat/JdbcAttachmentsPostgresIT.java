package io.parlor.adapters.persistence.chat;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcAttachmentsPostgresIT extends JdbcAttachmentsSuite {

    JdbcAttachmentsPostgresIT() {
        super(TestDatabase.postgres());
    }
}
