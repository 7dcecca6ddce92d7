package io.parlor.adapters.persistence.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.exceptions.DataAccessException;
import io.parlor.adapters.persistence.shared.JdbcTransactionRunner;
import io.parlor.application.membership.port.out.SocialIdentities;
import io.parlor.application.membership.port.out.SocialIdentitiesContract;
import io.parlor.domain.membership.MemberId;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The social-identities contract, and what the JDBC store adds to it, on one database; subclasses say which. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcSocialIdentitiesSuite extends SocialIdentitiesContract {

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
    protected SocialIdentities newSubject() {
        return context.getBean(JdbcSocialIdentities.class);
    }

    @Override
    protected MemberId existingMember() {
        return MembershipFixtures.existingMember(context.getBean(JdbcMembers.class));
    }

    @Test
    void ofConcurrentLinksOfOneIdentityExactlyOneInserts() throws InterruptedException {
        var identities = newSubject();
        var identity = freshIdentity("kakao");
        var member = existingMember();

        var outcomes = Race.of(10, () -> identities.link(identity, member, NOW));

        assertThat(outcomes).hasSize(10).containsOnlyOnce(true);
        assertThat(identities.memberOf(identity)).contains(member);
    }

    @Test
    void aLinkRefersToAStoredMember() {
        var identities = newSubject();

        assertThatThrownBy(() -> identities.link(freshIdentity("kakao"), new MemberId(UUID.randomUUID()), NOW))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void aLinkMadeInAFailedUnitOfWorkIsRolledBack() {
        var identities = newSubject();
        var identity = freshIdentity("kakao");
        var member = existingMember();

        assertThatThrownBy(() -> context.getBean(JdbcTransactionRunner.class).runInTransaction(() -> {
            identities.link(identity, member, NOW);
            throw new IllegalStateException("the unit of work fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(identities.memberOf(identity)).isEmpty();
    }
}
