package io.parlor.application.notification.inmemory;

import io.parlor.application.notification.port.out.Templates;
import io.parlor.application.notification.port.out.TemplatesContract;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;

class InMemoryTemplatesTest extends TemplatesContract {

    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();

    @Override
    protected Templates newSubject() {
        return new InMemoryTemplates(transactions);
    }

    @Override
    protected void inRolledBackUnit(Runnable work) {
        try {
            transactions.runInTransaction(() -> {
                work.run();
                throw new IllegalStateException("roll back");
            });
        } catch (IllegalStateException expected) {
            // the unit of work was rolled back, as the test wants
        }
    }
}
