package io.parlor.adapters.persistence.reservation;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcSchedulesH2Test extends JdbcSchedulesSuite {

    JdbcSchedulesH2Test() {
        super(TestDatabase.h2());
    }
}
