package io.parlor.adapters.persistence.membership;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.adapters.persistence.shared.TestDatabase;
import io.parlor.application.membership.port.out.RefreshTokens;
import io.parlor.application.membership.port.out.RefreshTokensContract;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.RefreshToken;
import io.parlor.domain.membership.SecretDigest;
import io.parlor.domain.membership.TokenFamily;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The refresh-tokens contract, and what the JDBC store adds to it, on one database; subclasses say which. */
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

    /** A purge deletes at most its limit, so that one run never holds many row locks. */
    @Test
    void purgesInBatchesOfItsLimit() {
        var tokens = newSubject();
        var member = existingMember();
        var longAgo = Instant.parse("1990-01-01T00:00:00Z");
        for (int i = 0; i < 3; i++) {
            tokens.add(RefreshToken.issue(SecretDigest.of(UUID.randomUUID().toString()), new TokenFamily(UUID.randomUUID()),
                    member, longAgo, longAgo.plus(Duration.ofDays(i + 1))));
        }
        var cutOff = longAgo.plus(Duration.ofDays(30));

        assertThat(tokens.purgeExpired(cutOff, 2)).isEqualTo(2);
        assertThat(tokens.purgeExpired(cutOff, 2)).isEqualTo(1);
        assertThat(tokens.purgeExpired(cutOff, 2)).isZero();
    }
}
