package io.parlor.adapters.persistence.chat;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcAttachmentsH2Test extends JdbcAttachmentsSuite {

    JdbcAttachmentsH2Test() {
        super(TestDatabase.h2());
    }
}
