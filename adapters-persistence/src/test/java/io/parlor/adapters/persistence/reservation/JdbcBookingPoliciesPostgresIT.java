package io.parlor.adapters.persistence.reservation;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcBookingPoliciesPostgresIT extends JdbcBookingPoliciesSuite {

    JdbcBookingPoliciesPostgresIT() {
        super(TestDatabase.postgres());
    }
}
