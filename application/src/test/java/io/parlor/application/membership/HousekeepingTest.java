package io.parlor.application.membership;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.application.membership.inmemory.InMemoryRefreshTokens;
import io.parlor.application.shared.Scheduling;
import io.parlor.application.shared.inmemory.InMemoryDeadlines;
import io.parlor.application.shared.inmemory.InMemoryTimeSource;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.RefreshToken;
import io.parlor.domain.membership.SecretDigest;
import io.parlor.domain.membership.TokenFamily;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Expired refresh tokens go once an hour, by one run whatever the number of instances. */
class HousekeepingTest {

    private static final Instant START = Instant.parse("2026-12-06T10:20:00Z");

    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    private final InMemoryRefreshTokens tokens = new InMemoryRefreshTokens(transactions);
    private final InMemoryDeadlines deadlines = new InMemoryDeadlines(transactions);
    private final InMemoryTimeSource time = new InMemoryTimeSource(START);

    private MembershipHousekeeping instance() {
        return MembershipHousekeeping.wire(tokens, deadlines, transactions, time, Duration.ofHours(1));
    }

    private RefreshToken token(Instant expiresAt) {
        var token = RefreshToken.issue(SecretDigest.of(UUID.randomUUID().toString()), new TokenFamily(UUID.randomUUID()),
                new MemberId(UUID.randomUUID()), expiresAt.minus(Duration.ofDays(14)), expiresAt);
        tokens.add(token);
        return token;
    }

    @Test
    void expiredTokensArePurgedAtTheNextHourByOneRunAndTheRunAfterIsScheduled() {
        var first = instance();
        var second = instance();
        first.start();
        second.start();
        var longExpired = token(START.minus(Duration.ofDays(3)));
        var justExpired = token(START.minus(Duration.ofHours(2)));
        var alive = token(START.plus(Duration.ofDays(10)));
        var runner = Scheduling.runner(deadlines, transactions, time, first.deadlineHandlers(),
                Scheduling.Retries.defaults());

        assertThat(runner.runDue(10)).isZero();
        time.set(Instant.parse("2026-12-06T11:00:00Z"));
        assertThat(runner.runDue(10)).isEqualTo(1);

        assertThat(tokens.findByDigest(longExpired.digest())).isEmpty();
        assertThat(tokens.findByDigest(justExpired.digest())).as("kept a day past expiry").isPresent();
        assertThat(tokens.findByDigest(alive.digest())).isPresent();
        assertThat(deadlines.find("membership.purge:" + Instant.parse("2026-12-06T12:00:00Z").toEpochMilli() / 3_600_000))
                .isPresent();
        assertThat(runner.runDue(10)).isZero();
    }
}
