package io.parlor.application.membership.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.RefreshToken;
import io.parlor.domain.membership.RefreshTokenStatus;
import io.parlor.domain.membership.SecretDigest;
import io.parlor.domain.membership.TokenFamily;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** What every {@link RefreshTokens} store does. */
public abstract class RefreshTokensContract {

    private static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");

    protected abstract RefreshTokens newSubject();

    /** A member the tokens may refer to; a relational subclass overrides it to create one first. */
    protected MemberId existingMember() {
        return new MemberId(UUID.randomUUID());
    }

    private static RefreshToken newToken(TokenFamily family, MemberId member) {
        return RefreshToken.issue(SecretDigest.of(UUID.randomUUID().toString()), family, member, NOW,
                NOW.plus(Duration.ofDays(14)));
    }

    private static TokenFamily newFamily() {
        return new TokenFamily(UUID.randomUUID());
    }

    private Optional<RefreshTokenStatus> statusOf(RefreshTokens tokens, RefreshToken token) {
        return tokens.findByDigest(token.digest()).map(RefreshToken::status);
    }

    @Test
    void readsBackAnAddedTokenByItsDigest() {
        var tokens = newSubject();
        var token = newToken(newFamily(), existingMember());

        tokens.add(token);

        assertThat(tokens.findByDigest(token.digest())).contains(token);
        assertThat(tokens.findByDigest(SecretDigest.of("unknown"))).isEmpty();
    }

    @Test
    void rotatesAnActiveTokenOnlyOnce() {
        var tokens = newSubject();
        var token = newToken(newFamily(), existingMember());
        tokens.add(token);

        boolean first = tokens.rotate(token.digest());
        boolean second = tokens.rotate(token.digest());

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(statusOf(tokens, token)).contains(RefreshTokenStatus.ROTATED);
    }

    @Test
    void ofConcurrentRotationsExactlyOneWins() throws InterruptedException {
        var tokens = newSubject();
        var token = newToken(newFamily(), existingMember());
        tokens.add(token);
        var start = new CountDownLatch(1);
        var wins = new ConcurrentLinkedQueue<Boolean>();
        var threads = new ArrayList<Thread>();

        for (int i = 0; i < 10; i++) {
            var thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                wins.add(tokens.rotate(token.digest()));
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(wins).hasSize(10).containsOnlyOnce(true);
    }

    @Test
    void revokesAWholeFamilyAndNothingElse() {
        var tokens = newSubject();
        var member = existingMember();
        var family = newFamily();
        var rotated = newToken(family, member);
        var active = newToken(family, member);
        var otherFamily = newToken(newFamily(), member);
        tokens.add(rotated);
        tokens.add(active);
        tokens.add(otherFamily);
        tokens.rotate(rotated.digest());

        tokens.revokeFamily(family);

        assertThat(statusOf(tokens, rotated)).contains(RefreshTokenStatus.REVOKED);
        assertThat(statusOf(tokens, active)).contains(RefreshTokenStatus.REVOKED);
        assertThat(statusOf(tokens, otherFamily)).contains(RefreshTokenStatus.ACTIVE);
        assertThat(tokens.rotate(active.digest())).isFalse();
    }

    @Test
    void revokesEveryTokenOfAMember() {
        var tokens = newSubject();
        var member = existingMember();
        var first = newToken(newFamily(), member);
        var second = newToken(newFamily(), member);
        var someoneElse = newToken(newFamily(), existingMember());
        tokens.add(first);
        tokens.add(second);
        tokens.add(someoneElse);

        tokens.revokeAllOf(member);

        assertThat(statusOf(tokens, first)).contains(RefreshTokenStatus.REVOKED);
        assertThat(statusOf(tokens, second)).contains(RefreshTokenStatus.REVOKED);
        assertThat(statusOf(tokens, someoneElse)).contains(RefreshTokenStatus.ACTIVE);
    }

    @Test
    void purgesTokensThatExpiredBeforeTheCutOffOnly() {
        var tokens = newSubject();
        var member = existingMember();
        var family = newFamily();
        var expired = RefreshToken.issue(SecretDigest.of(UUID.randomUUID().toString()), family, member,
                NOW.minus(Duration.ofDays(20)), NOW.minus(Duration.ofDays(6)));
        var alive = newToken(family, member);
        tokens.add(expired);
        tokens.add(alive);
        tokens.rotate(expired.digest());

        int purged = tokens.purgeExpired(NOW.minus(Duration.ofDays(5)), 1_000);

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(tokens.findByDigest(expired.digest())).isEmpty();
        assertThat(tokens.findByDigest(alive.digest())).contains(alive);
        assertThat(tokens.purgeExpired(NOW.minus(Duration.ofDays(5)), 1_000)).isZero();
    }
}
