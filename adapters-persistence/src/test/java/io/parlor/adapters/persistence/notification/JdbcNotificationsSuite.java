package io.parlor.adapters.persistence.notification;

import io.parlor.adapters.persistence.shared.JdbcTransactionRunner;
import io.parlor.adapters.persistence.shared.TestDatabase;
import io.parlor.application.notification.port.out.Notifications;
import io.parlor.application.notification.port.out.NotificationsContract;
import io.parlor.application.shared.port.out.TransactionRunner;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The notifications contract on one database; subclasses say which. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcNotificationsSuite extends NotificationsContract {

    @RegisterExtension
    final TestDatabase database;

    protected JdbcNotificationsSuite(TestDatabase database) {
        this.database = database;
    }

    @Override
    protected Notifications newSubject() {
        return database.bean(JdbcNotifications.class);
    }

    @Override
    protected TransactionRunner transactions() {
        return database.bean(JdbcTransactionRunner.class);
    }
}
