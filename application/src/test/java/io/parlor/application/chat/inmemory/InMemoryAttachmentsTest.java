package io.parlor.application.chat.inmemory;

import io.parlor.application.chat.port.out.Attachments;
import io.parlor.application.chat.port.out.AttachmentsContract;

class InMemoryAttachmentsTest extends AttachmentsContract {

    @Override
    protected Attachments newSubject() {
        return new InMemoryAttachments();
    }
}
