package io.parlor.adapters.persistence.membership;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcMembersPostgresIT extends JdbcMembersSuite {

    JdbcMembersPostgresIT() {
        super(TestDatabase.postgres());
    }
}
