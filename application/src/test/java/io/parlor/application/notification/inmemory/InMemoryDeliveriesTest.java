package io.parlor.application.notification.inmemory;

import io.parlor.application.notification.port.out.Deliveries;
import io.parlor.application.notification.port.out.DeliveriesContract;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.application.shared.port.out.TransactionRunner;

class InMemoryDeliveriesTest extends DeliveriesContract {

    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();

    @Override
    protected Deliveries newSubject() {
        return new InMemoryDeliveries(transactions);
    }

    @Override
    protected TransactionRunner transactions() {
        return transactions;
    }
}
