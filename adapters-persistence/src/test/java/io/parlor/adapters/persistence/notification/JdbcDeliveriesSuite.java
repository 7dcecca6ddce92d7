package io.parlor.adapters.persistence.notification;

import io.parlor.adapters.persistence.shared.JdbcTransactionRunner;
import io.parlor.adapters.persistence.shared.TestDatabase;
import io.parlor.application.notification.port.out.Deliveries;
import io.parlor.application.notification.port.out.DeliveriesContract;
import io.parlor.application.shared.port.out.TransactionRunner;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The deliveries contract on one database; subclasses say which. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcDeliveriesSuite extends DeliveriesContract {

    @RegisterExtension
    final TestDatabase database;

    protected JdbcDeliveriesSuite(TestDatabase database) {
        this.database = database;
    }

    @Override
    protected Deliveries newSubject() {
        return database.bean(JdbcDeliveries.class);
    }

    @Override
    protected TransactionRunner transactions() {
        return database.bean(JdbcTransactionRunner.class);
    }
}
