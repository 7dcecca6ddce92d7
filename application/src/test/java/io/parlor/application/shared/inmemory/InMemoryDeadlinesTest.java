package io.parlor.application.shared.inmemory;

import io.parlor.application.shared.port.out.Deadlines;
import io.parlor.application.shared.port.out.DeadlinesContract;
import io.parlor.application.shared.port.out.TransactionRunner;

class InMemoryDeadlinesTest extends DeadlinesContract {

    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();

    @Override
    protected Deadlines newSubject() {
        return new InMemoryDeadlines(transactions);
    }

    @Override
    protected TransactionRunner transactions() {
        return transactions;
    }
}
