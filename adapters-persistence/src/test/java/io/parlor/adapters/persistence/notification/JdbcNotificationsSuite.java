package io.parlor.adapters.persistence.notification;

import io.parlor.adapters.persistence.shared.JdbcTransactionRunner;
import io.parlor.adapters.persistence.shared.TestDatabase;
import io.parlor.application.notification.port.out.Notifications;
import io.parlor.application.notification.port.out.NotificationsContract;
import io.parlor.application.shared.port.out.TransactionRunner;
import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.domain.notification.Notification;
import java.util.Optional;
import org.junit.jupiter.api.Test;
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

    /** The data rows go with their notification (ON DELETE CASCADE), so the same id can be stored again. */
    @Test
    void deletingANotificationRemovesItsData() {
        var store = newSubject();
        var ana = anyMember();
        var stored = store.add(draft(ana, "first"), Optional.empty()).orElseThrow();
        store.delete(ana, stored.id());

        var again = Notification.raise(stored.id(), ana, stored.type(), "again", "", stored.data(), NOW);
        var readded = store.add(again, Optional.empty());

        assertThat(readded).isPresent();
        assertThat(store.find(ana, stored.id()).orElseThrow().data()).isEqualTo(stored.data());
    }
}
