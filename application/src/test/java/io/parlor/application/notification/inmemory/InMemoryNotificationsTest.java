package io.parlor.application.notification.inmemory;

import io.parlor.application.notification.port.out.Notifications;
import io.parlor.application.notification.port.out.NotificationsContract;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.application.shared.port.out.TransactionRunner;

class InMemoryNotificationsTest extends NotificationsContract {

    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();

    @Override
    protected Notifications newSubject() {
        return new InMemoryNotifications(transactions);
    }

    @Override
    protected TransactionRunner transactions() {
        return transactions;
    }
}
