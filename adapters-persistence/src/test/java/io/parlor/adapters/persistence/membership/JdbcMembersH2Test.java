package io.parlor.adapters.persistence.membership;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcMembersH2Test extends JdbcMembersSuite {

    JdbcMembersH2Test() {
        super(TestDatabase.h2());
    }
}
