package io.parlor.adapters.persistence.notification;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcNotificationsH2Test extends JdbcNotificationsSuite {

    JdbcNotificationsH2Test() {
        super(TestDatabase.h2());
    }
}
