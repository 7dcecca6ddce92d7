package io.parlor.adapters.persistence.membership;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcRefreshTokensH2Test extends JdbcRefreshTokensSuite {

    JdbcRefreshTokensH2Test() {
        super(TestDatabase.h2());
    }
}
