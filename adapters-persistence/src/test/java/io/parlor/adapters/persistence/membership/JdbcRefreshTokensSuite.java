package io.parlor.adapters.persistence.membership;

import io.micronaut.context.ApplicationContext;
import io.parlor.application.membership.port.out.RefreshTokens;
import io.parlor.application.membership.port.out.RefreshTokensContract;
import io.parlor.domain.membership.MemberId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** The refresh-tokens contract on one database; subclasses say which. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcRefreshTokensSuite extends RefreshTokensContract {

    private ApplicationContext context;

    protected abstract ApplicationContext startContext();

    @BeforeAll
    void start() {
        context = startContext();
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Override
    protected RefreshTokens newSubject() {
        return context.getBean(JdbcRefreshTokens.class);
    }

    @Override
    protected MemberId existingMember() {
        return MembershipFixtures.existingMember(context.getBean(JdbcMembers.class));
    }
}
