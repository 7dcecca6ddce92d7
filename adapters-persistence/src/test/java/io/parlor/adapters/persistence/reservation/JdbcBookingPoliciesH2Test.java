package io.parlor.adapters.persistence.reservation;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcBookingPoliciesH2Test extends JdbcBookingPoliciesSuite {

    JdbcBookingPoliciesH2Test() {
        super(TestDatabase.h2());
    }
}
