package io.parlor.adapters.persistence.reservation;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcReservationsPostgresIT extends JdbcReservationsSuite {

    JdbcReservationsPostgresIT() {
        super(TestDatabase.postgres());
    }
}
