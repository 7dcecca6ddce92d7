package io.parlor.adapters.persistence.notification;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcNotificationsPostgresIT extends JdbcNotificationsSuite {

    JdbcNotificationsPostgresIT() {
        super(TestDatabase.postgres());
    }
}
