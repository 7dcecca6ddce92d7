package io.parlor.adapters.persistence.reservation;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcSchedulesPostgresIT extends JdbcSchedulesSuite {

    JdbcSchedulesPostgresIT() {
        super(TestDatabase.postgres());
    }
}
