package io.parlor.domain.membership;

import static io.parlor.domain.membership.MemberFixtures.MATCHER;
import static io.parlor.domain.membership.MemberFixtures.NOW;
import static io.parlor.domain.membership.MemberFixtures.anyActiveMember;
import static io.parlor.domain.membership.MemberFixtures.anyMemberId;
import static io.parlor.domain.membership.MemberFixtures.hashOf;
import static io.parlor.domain.membership.MemberFixtures.withFailures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MemberTest {

    @Test
    void aNewCustomerWaitsForVerificationWhenRequired() {
        var member = Member.signUp(anyMemberId(), new Email("ana@example.com"), new MemberName("Ana"),
                Optional.empty(), hashOf("a long password"), true, NOW);

        assertThat(member.statusAt(NOW)).isEqualTo(MemberStatus.PENDING_VERIFICATION);
        assertThat(member.roles()).containsExactly(Role.CUSTOMER);
        assertThatThrownBy(() -> member.admit(NOW)).isInstanceOf(EmailNotVerified.class);
    }

    @Test
    void verifyingTheEmailActivates() {
        var member = Member.signUp(anyMemberId(), new Email("ana@example.com"), new MemberName("Ana"),
                Optional.empty(), hashOf("a long password"), true, NOW);

        member.verifyEmail();

        assertThat(member.statusAt(NOW)).isEqualTo(MemberStatus.ACTIVE);
    }

    @Test
    void aLockedMemberIsRefusedBeforeThePasswordIsLookedAt() {
        var until = NOW.plus(Duration.ofMinutes(15));
        var member = withFailures(anyActiveMember("a long password"), new LoginFailures(5, Optional.of(until)));

        assertThat(member.statusAt(NOW)).isEqualTo(MemberStatus.LOCKED);
        assertThatThrownBy(() -> member.authenticate(new Password("a long password"), (p, h) -> {
            throw new AssertionError("the password must not be checked");
        }, NOW)).isInstanceOf(AccountLocked.class);
        assertThat(member.statusAt(until)).isEqualTo(MemberStatus.ACTIVE);
    }

    @Test
    void aTemporaryPasswordOpensOneLoginAndThenRequiresAChange() {
        var member = anyActiveMember("a long password");
        member.issueTemporaryPassword(hashOf("temporary-1"), NOW.plus(Duration.ofMinutes(30)));

        var match = member.authenticate(new Password("temporary-1"), MATCHER, NOW);
        member.spendTemporaryPassword(NOW);

        assertThat(match).isEqualTo(PasswordMatch.TEMPORARY_PASSWORD);
        assertThat(member.passwordChangeRequired()).isTrue();
        assertThat(member.authenticate(new Password("temporary-1"), MATCHER, NOW)).isEqualTo(PasswordMatch.NONE);
        assertThat(member.authenticate(new Password("a long password"), MATCHER, NOW))
                .isEqualTo(PasswordMatch.PASSWORD);
    }

    @Test
    void anExpiredTemporaryPasswordOpensNothing() {
        var member = anyActiveMember("a long password");
        member.issueTemporaryPassword(hashOf("temporary-1"), NOW.plus(Duration.ofMinutes(30)));

        var match = member.authenticate(new Password("temporary-1"), MATCHER, NOW.plus(Duration.ofMinutes(30)));

        assertThat(match).isEqualTo(PasswordMatch.NONE);
    }

    @Test
    void changingThePasswordWithTheSpentTemporaryOneClearsTheRequirement() {
        var member = anyActiveMember("a long password");
        member.issueTemporaryPassword(hashOf("temporary-1"), NOW.plus(Duration.ofMinutes(30)));
        member.spendTemporaryPassword(NOW);

        member.changePassword(new Password("temporary-1"), hashOf("brand new secret"), MATCHER, NOW);

        assertThat(member.passwordChangeRequired()).isFalse();
        assertThat(member.state().temporaryPassword()).isEmpty();
        assertThat(member.authenticate(new Password("brand new secret"), MATCHER, NOW))
                .isEqualTo(PasswordMatch.PASSWORD);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() {
        var member = anyActiveMember("a long password");

        assertThatThrownBy(() -> member.changePassword(new Password("a wrong guess"), hashOf("brand new secret"),
                MATCHER, NOW)).isInstanceOf(InvalidCredentials.class);
    }

    @Test
    void aTemporaryBlockLiftsByItselfAndVoidsEarlierTokens() {
        var member = anyActiveMember("a long password");
        var until = NOW.plus(Duration.ofDays(1));

        var event = member.block("spam", Optional.of(until), NOW);

        assertThat(event).isEqualTo(new MemberBlocked(member.id(), "spam", Optional.of(until), NOW));
        assertThat(member.statusAt(NOW)).isEqualTo(MemberStatus.BLOCKED);
        assertThatThrownBy(() -> member.admit(NOW)).isInstanceOf(AccountBlocked.class);
        assertThat(member.statusAt(until)).isEqualTo(MemberStatus.ACTIVE);
        assertThat(member.access().tokensNotBefore()).isEqualTo(NOW);
    }

    @Test
    void unblockingTwiceReportsOnlyOnce() {
        var member = anyActiveMember("a long password");
        member.block("spam", Optional.empty(), NOW);

        var first = member.unblock(NOW.plusSeconds(1));
        var second = member.unblock(NOW.plusSeconds(2));

        assertThat(first).contains(new MemberUnblocked(member.id(), NOW.plusSeconds(1)));
        assertThat(second).isEmpty();
        assertThat(member.statusAt(NOW.plusSeconds(3))).isEqualTo(MemberStatus.ACTIVE);
    }

    @Test
    void withdrawingScrubsPersonalDataButKeepsTheEmailDigest() {
        var member = anyActiveMember("a long password");

        var event = member.withdraw(new Password("a long password"), MATCHER, NOW);

        var state = member.state();
        assertThat(event).isEqualTo(new MemberWithdrawn(member.id(), NOW));
        assertThat(state.email()).isEqualTo(Email.tombstoneFor(member.id()));
        assertThat(state.formerEmail()).contains(new Email("ana@example.com").digest());
        assertThat(state.name()).isEmpty();
        assertThat(state.phone()).isEmpty();
        assertThat(state.password()).isEmpty();
        assertThat(member.statusAt(NOW)).isEqualTo(MemberStatus.WITHDRAWN);
        assertThatThrownBy(() -> member.rename(new MemberName("Bo")))
                .isInstanceOf(AccountWithdrawn.class);
    }

    @Test
    void everyChangeThatOthersHearOfIsRecordedInOrderAndALoadedMemberStartsWithNone() {
        var member = anyActiveMember("a long password");

        var blocked = member.block("spam", Optional.empty(), NOW);
        var unblocked = member.unblock(NOW.plusSeconds(1)).orElseThrow();
        member.unblock(NOW.plusSeconds(2));
        member.changePassword(new Password("a long password"), hashOf("a newer password"), MATCHER,
                NOW.plusSeconds(3));
        var withdrawn = member.withdraw(new Password("a newer password"), MATCHER, NOW.plusSeconds(4));

        assertThat(member.recordedEvents()).containsExactly(blocked, unblocked,
                new PasswordChanged(member.id(), NOW.plusSeconds(3)), withdrawn);
        assertThat(Member.reconstitute(member.state()).recordedEvents()).isEmpty();
    }

    @Test
    void withdrawingNeedsThePassword() {
        var member = anyActiveMember("a long password");

        assertThatThrownBy(() -> member.withdraw(new Password("a wrong guess"), MATCHER, NOW))
                .isInstanceOf(InvalidCredentials.class);
        assertThat(member.statusAt(NOW)).isEqualTo(MemberStatus.ACTIVE);
    }

    @Test
    void reconstitutionKeepsEveryField() {
        var member = anyActiveMember("a long password");
        member.block("spam", Optional.of(NOW.plusSeconds(60)), NOW);
        member.issueTemporaryPassword(hashOf("temporary-1"), NOW.plusSeconds(1800));

        var copy = Member.reconstitute(member.state());

        assertThat(copy.state()).isEqualTo(member.state());
        assertThat(copy.state().roles()).isEqualTo(Set.of(Role.CUSTOMER));
    }
    @Test
    void aMemberWhoJoinedThroughAProviderIsAnActiveCustomerWithoutPassword() {
        var member = Member.joinThroughProvider(anyMemberId(), Optional.of(new Email("ana@example.com")),
                Optional.of(new MemberName("Ana")), NOW);

        var match = member.authenticate(new Password("any password at all"), (p, h) -> true, NOW);

        assertThat(member.statusAt(NOW)).isEqualTo(MemberStatus.ACTIVE);
        assertThat(member.roles()).containsExactly(Role.CUSTOMER);
        assertThat(member.email()).isEqualTo(new Email("ana@example.com"));
        assertThat(member.emailVerified()).isTrue();
        assertThat(member.state().password()).isEmpty();
        assertThat(match).isEqualTo(PasswordMatch.NONE);
    }

    @Test
    void withoutAVerifiedAddressAMemberWhoJoinedThroughAProviderGetsItsPlaceholder() {
        var id = anyMemberId();

        var member = Member.joinThroughProvider(id, Optional.empty(), Optional.empty(), NOW);

        assertThat(member.email()).isEqualTo(Email.placeholderFor(id));
        assertThat(member.name()).isEmpty();
        assertThat(member.statusAt(NOW)).isEqualTo(MemberStatus.ACTIVE);
    }
}
