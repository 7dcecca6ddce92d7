package io.parlor.application.membership.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.application.membership.port.out.SocialIdentities;
import io.parlor.application.membership.port.out.SocialIdentitiesContract;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.domain.membership.MemberId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InMemorySocialIdentitiesTest extends SocialIdentitiesContract {

    @Override
    protected SocialIdentities newSubject() {
        return new InMemorySocialIdentities(new InMemoryTransactionRunner());
    }

    @Test
    void aLinkMadeInAFailedUnitOfWorkIsUndone() {
        var transactions = new InMemoryTransactionRunner();
        var identities = new InMemorySocialIdentities(transactions);
        var identity = freshIdentity("kakao");

        assertThatThrownBy(() -> transactions.runInTransaction(() -> {
            identities.link(identity, new MemberId(UUID.randomUUID()), NOW);
            throw new IllegalStateException("the unit of work fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(identities.memberOf(identity)).isEmpty();
    }
}
