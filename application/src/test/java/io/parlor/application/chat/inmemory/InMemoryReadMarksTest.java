package io.parlor.application.chat.inmemory;

import io.parlor.application.chat.port.out.ReadMarks;
import io.parlor.application.chat.port.out.ReadMarksContract;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;

class InMemoryReadMarksTest extends ReadMarksContract {

    @Override
    protected ReadMarks newSubject() {
        return new InMemoryReadMarks(new InMemoryTransactionRunner());
    }
}
