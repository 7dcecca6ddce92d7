package io.parlor.application.membership.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.EmailTaken;
import io.parlor.domain.membership.LockoutPolicy;
import io.parlor.domain.membership.LoginFailures;
import io.parlor.domain.membership.Member;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.MemberName;
import io.parlor.domain.membership.MemberNotFound;
import io.parlor.domain.membership.Password;
import io.parlor.domain.membership.PasswordHash;
import io.parlor.domain.membership.Phone;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** What every {@link Members} store does. Each test uses fresh ids and addresses. */
public abstract class MembersContract {

    protected static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");
    private static final PasswordHash HASH = new PasswordHash("contract$hash");

    /** An empty or shared store; tests never assume it is empty. */
    protected abstract Members newSubject();

    protected static Member newMember() {
        UUID id = UUID.randomUUID();
        return Member.signUp(new MemberId(id), new Email("m-" + id + "@example.com"), new MemberName("Ana Kim"),
                Optional.of(new Phone("+82 10 1234 5678")), HASH, false, NOW);
    }

    @Test
    void readsBackEveryFieldOfAnAddedMember() {
        var members = newSubject();
        var member = newMember();
        member.block("spam", Optional.of(NOW.plusSeconds(3600)), NOW);
        member.issueTemporaryPassword(new PasswordHash("contract$temporary"), NOW.plusSeconds(1800));

        members.add(member);

        assertThat(members.findById(member.id())).map(Member::state).contains(member.state());
        assertThat(members.findByEmail(member.email())).map(Member::state).contains(member.state());
        assertThat(members.lockById(member.id())).map(Member::state).contains(member.state());
    }

    @Test
    void refusesASecondMemberWithTheSameEmail() {
        var members = newSubject();
        var first = newMember();
        members.add(first);
        var second = Member.signUp(new MemberId(UUID.randomUUID()), first.email(), new MemberName("Bo"),
                Optional.empty(), HASH, true, NOW);

        assertThatThrownBy(() -> members.add(second)).isInstanceOf(EmailTaken.class);

        assertThat(members.findById(second.id())).isEmpty();
    }

    @Test
    void savingReplacesTheStoredState() {
        var members = newSubject();
        var member = newMember();
        members.add(member);
        var loaded = members.findById(member.id()).orElseThrow();

        loaded.rename(new MemberName("Ana Lee"));
        loaded.changePhone(Optional.empty());
        members.save(loaded);

        assertThat(members.findById(member.id())).map(Member::state).contains(loaded.state());
    }

    @Test
    void savingAnUnknownMemberFails() {
        var members = newSubject();

        assertThatThrownBy(() -> members.save(newMember())).isInstanceOf(MemberNotFound.class);
    }

    @Test
    void findsAWithdrawnMemberByTheDigestOfItsFormerEmailOnly() {
        var members = newSubject();
        var member = newMember();
        members.add(member);
        var email = member.email();
        var loaded = members.findById(member.id()).orElseThrow();

        loaded.withdraw(new Password("any"), (presented, hash) -> true, NOW);
        members.save(loaded);

        assertThat(members.findByEmail(email)).isEmpty();
        assertThat(members.existsWithdrawn(email.digest())).isTrue();
        assertThat(members.existsWithdrawn(newMember().email().digest())).isFalse();
    }

    @Test
    void countsFailuresAndLocksAtTheThreshold() {
        var members = newSubject();
        var member = newMember();
        members.add(member);
        var policy = new LockoutPolicy(3, Duration.ofMinutes(15));

        members.recordFailedLogin(member.id(), NOW, policy);
        members.recordFailedLogin(member.id(), NOW, policy);
        var third = members.recordFailedLogin(member.id(), NOW.plusSeconds(1), policy);

        assertThat(third).isEqualTo(new LoginFailures(3, Optional.of(NOW.plusSeconds(1).plus(Duration.ofMinutes(15)))));
        assertThat(members.findById(member.id()).orElseThrow().failures()).isEqualTo(third);
    }

    @Test
    void clearingForgetsFailuresAndLiftsTheLock() {
        var members = newSubject();
        var member = newMember();
        members.add(member);
        members.recordFailedLogin(member.id(), NOW, new LockoutPolicy(1, Duration.ofMinutes(15)));

        members.clearFailedLogins(member.id());

        assertThat(members.findById(member.id()).orElseThrow().failures()).isEqualTo(LoginFailures.NONE);
    }

    @Test
    void recordingAFailureOfAnUnknownMemberFails() {
        var members = newSubject();

        assertThatThrownBy(() -> members.recordFailedLogin(new MemberId(UUID.randomUUID()), NOW,
                LockoutPolicy.standard())).isInstanceOf(MemberNotFound.class);
    }

    @Test
    void losesNoFailureUnderConcurrency() throws InterruptedException {
        var members = newSubject();
        var member = newMember();
        members.add(member);
        var policy = LockoutPolicy.standard();
        var start = new CountDownLatch(1);
        var threads = new ArrayList<Thread>();

        for (int i = 0; i < 20; i++) {
            var thread = new Thread(() -> {
                await(start);
                members.recordFailedLogin(member.id(), NOW, policy);
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        var failures = members.findById(member.id()).orElseThrow().failures();
        assertThat(failures.count()).isEqualTo(20);
        assertThat(failures.lockedUntil()).contains(NOW.plus(policy.lockFor()));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
