package io.parlor.adapters.persistence.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.adapters.persistence.shared.JdbcTransactionRunner;
import io.parlor.adapters.persistence.shared.TestDatabase;
import io.parlor.application.membership.port.out.Members;
import io.parlor.application.membership.port.out.MembersContract;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.EmailTaken;
import io.parlor.domain.membership.LockoutPolicy;
import io.parlor.domain.membership.LoginFailures;
import io.parlor.domain.membership.Member;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.MemberName;
import io.parlor.domain.membership.MemberState;
import io.parlor.domain.membership.PasswordHash;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The members contract, and what the JDBC store adds to it, on one database; subclasses say which. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcMembersSuite extends MembersContract {

    private static final Duration LOCK = Duration.ofMinutes(15);

    @RegisterExtension
    final TestDatabase database;

    protected JdbcMembersSuite(TestDatabase database) {
        this.database = database;
    }

    @Override
    protected Members newSubject() {
        return database.bean(JdbcMembers.class);
    }

    @Test
    void countsFailuresExactlyAsTheDomainRuleDoes() {
        var lockedAt = NOW.plusSeconds(2);
        var lockEnds = lockedAt.plus(LOCK);

        assertFailuresFollowTheDomain(new LockoutPolicy(3, LOCK), NOW, NOW.plusSeconds(1), lockedAt,
                NOW.plusSeconds(60), lockEnds, lockEnds.plusSeconds(60), lockEnds.plusSeconds(120));
        assertFailuresFollowTheDomain(new LockoutPolicy(1, LOCK), NOW, NOW.plusSeconds(30), NOW.plus(LOCK),
                NOW.plus(LOCK).plusSeconds(1));
    }

    @Test
    void aTakenEmailLeavesTheRunningUnitOfWorkUsable() {
        var members = newSubject();
        var first = newMember();
        members.add(first);
        var clash = Member.signUp(new MemberId(UUID.randomUUID()), first.email(), new MemberName("Bo"),
                Optional.empty(), new PasswordHash("contract$hash"), true, NOW);
        var next = newMember();

        boolean refused = transactions().inTransaction(() -> {
            try {
                members.add(clash);
                return false;
            } catch (EmailTaken expected) {
                members.add(next);
                return true;
            }
        });

        assertThat(refused).isTrue();
        assertThat(members.findById(next.id())).isPresent();
        assertThat(members.findById(clash.id())).isEmpty();
    }

    @Test
    void ofConcurrentSignUpsWithOneEmailExactlyOneSucceeds() throws InterruptedException {
        var members = newSubject();
        var email = newMember().email();

        var outcomes = Race.of(10, () -> signUpOutcome(members, email));

        assertThat(outcomes).hasSize(10).containsOnlyOnce("added").containsOnly("added", "email-taken");
    }

    @Test
    void savingTheEmailOfAnotherMemberIsRefused() {
        var members = newSubject();
        var first = newMember();
        var second = newMember();
        members.add(first);
        members.add(second);
        var s = second.state();
        var clash = Member.reconstitute(new MemberState(s.id(), first.email(), s.formerEmail(), s.name(), s.phone(),
                s.password(), s.temporaryPassword(), s.roles(), s.emailVerified(), s.failures(), s.block(),
                s.withdrawnAt(), s.joinedAt(), s.tokensNotBefore()));

        assertThatThrownBy(() -> members.save(clash)).isInstanceOf(EmailTaken.class);

        assertThat(members.findById(second.id())).map(Member::email).contains(second.email());
    }

    @Test
    void aLockedMemberHoldsOffFailureCountingUntilTheUnitOfWorkEnds() throws Exception {
        var members = newSubject();
        var member = newMember();
        members.add(member);
        var counting = new AtomicReference<CompletableFuture<LoginFailures>>();

        boolean countedWhileLocked = transactions().inTransaction(() -> {
            var locked = members.lockById(member.id()).orElseThrow();
            counting.set(CompletableFuture.supplyAsync(
                    () -> members.recordFailedLogin(member.id(), NOW, LockoutPolicy.standard())));
            pause();
            locked.rename(new MemberName("Held Kim"));
            members.save(locked);
            return counting.get().isDone();
        });

        assertThat(countedWhileLocked).isFalse();
        assertThat(counting.get().get(10, TimeUnit.SECONDS)).isEqualTo(new LoginFailures(1, Optional.empty()));
        var stored = members.findById(member.id()).orElseThrow();
        assertThat(stored.name()).contains(new MemberName("Held Kim"));
        assertThat(stored.failures().count()).isEqualTo(1);
    }

    private void assertFailuresFollowTheDomain(LockoutPolicy policy, Instant... attempts) {
        var members = newSubject();
        var member = newMember();
        members.add(member);
        var expected = LoginFailures.NONE;

        for (Instant at : List.of(attempts)) {
            expected = expected.afterFailure(at, policy);
            var recorded = members.recordFailedLogin(member.id(), at, policy);

            assertThat(recorded).as("after a failure at %s", at).isEqualTo(expected);
        }
        assertThat(members.findById(member.id()).orElseThrow().failures()).isEqualTo(expected);
    }

    private static String signUpOutcome(Members members, Email email) {
        try {
            members.add(Member.signUp(new MemberId(UUID.randomUUID()), email, new MemberName("Bo"), Optional.empty(),
                    new PasswordHash("contract$hash"), true, NOW));
            return "added";
        } catch (EmailTaken e) {
            return e.code();
        }
    }

    private JdbcTransactionRunner transactions() {
        return database.bean(JdbcTransactionRunner.class);
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
