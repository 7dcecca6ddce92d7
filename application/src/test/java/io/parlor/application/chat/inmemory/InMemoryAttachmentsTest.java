package io.parlor.application.chat.inmemory;

import io.parlor.application.chat.port.out.Attachments;
import io.parlor.application.chat.port.out.AttachmentsContract;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.domain.chat.MessageDraft;

class InMemoryAttachmentsTest extends AttachmentsContract {

    private final InMemoryMessages messages = new InMemoryMessages(new InMemoryTransactionRunner());

    @Override
    protected Attachments newSubject() {
        return new InMemoryAttachments(messages);
    }

    @Override
    protected void post(MessageDraft draft) {
        messages.append(draft);
    }
}
