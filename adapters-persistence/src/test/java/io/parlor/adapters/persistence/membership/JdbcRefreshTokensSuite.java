package io.parlor.adapters.persistence.membership;

import io.parlor.adapters.persistence.shared.TestDatabase;
import io.parlor.application.membership.port.out.RefreshTokens;
import io.parlor.application.membership.port.out.RefreshTokensContract;
import io.parlor.domain.membership.MemberId;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The refresh-tokens contract on one database; subclasses say which. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcRefreshTokensSuite extends RefreshTokensContract {

    @RegisterExtension
    final TestDatabase database;

    protected JdbcRefreshTokensSuite(TestDatabase database) {
        this.database = database;
    }

    @Override
    protected RefreshTokens newSubject() {
        return database.bean(JdbcRefreshTokens.class);
    }

    @Override
    protected MemberId existingMember() {
        return MembershipFixtures.existingMember(database.bean(JdbcMembers.class));
    }
}
