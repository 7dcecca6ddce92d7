package io.parlor.adapters.persistence.membership;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcRefreshTokensPostgresIT extends JdbcRefreshTokensSuite {

    JdbcRefreshTokensPostgresIT() {
        super(TestDatabase.postgres());
    }
}
