package io.parlor.application.chat.inmemory;

import io.parlor.application.chat.port.out.Messages;
import io.parlor.application.chat.port.out.MessagesContract;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.application.shared.port.out.TransactionRunner;

class InMemoryMessagesTest extends MessagesContract {

    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();

    @Override
    protected Messages newSubject() {
        return new InMemoryMessages(transactions);
    }

    @Override
    protected TransactionRunner transactions() {
        return transactions;
    }
}
