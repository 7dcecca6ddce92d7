package io.parlor.adapters.persistence.reservation;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcReservationsH2Test extends JdbcReservationsSuite {

    JdbcReservationsH2Test() {
        super(TestDatabase.h2());
    }
}
