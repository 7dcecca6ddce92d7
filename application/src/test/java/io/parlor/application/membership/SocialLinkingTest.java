package io.parlor.application.membership;

import static io.parlor.application.membership.MembershipFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.application.membership.port.in.BlockMember;
import io.parlor.application.membership.port.in.EnsureAdmin;
import io.parlor.application.membership.port.in.ShowProfile;
import io.parlor.application.membership.port.in.Withdraw;
import io.parlor.domain.membership.AccountBlocked;
import io.parlor.domain.membership.AccountWithdrawn;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.EmailTaken;
import io.parlor.domain.membership.InvalidCredentials;
import io.parlor.domain.membership.MemberName;
import io.parlor.domain.membership.MemberStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which member a provider identity logs in, and when an address is trusted enough to link accounts. */
class SocialLinkingTest {

    private static final String ANA = "ana@example.com";

    private final MembershipFixture fixture = new MembershipFixture();
    private final SocialLogins social = new SocialLogins(fixture);
    private final FakeIdentityProvider provider = fixture.provider;

    @Test
    void aReturningIdentityLogsInTheSameMemberWhateverItsAddressNow() {
        var first = social.logIn(provider.verified("s-1", ANA));

        var again = social.logIn(provider.verified("s-1", "ana.new@example.com"));

        assertThat(again.member()).isEqualTo(first.member());
        assertThat(fixture.members.findById(first.member()).orElseThrow().email()).isEqualTo(new Email(ANA));
        assertThat(fixture.members.findByEmail(new Email("ana.new@example.com"))).isEmpty();
    }

    @Test
    void aVerifiedAddressOfAVerifiedMemberLinksTheIdentityToThatMember() {
        var ana = fixture.activeMember(ANA).id();

        var login = social.logIn(provider.verified("s-1", ANA));

        assertThat(login.member()).isEqualTo(ana);
        assertThat(fixture.socialIdentities.linkedTo(ana)).containsExactly(provider.verified("s-1", ANA).identity());
        assertThat(social.exchange(login.loginKey()).member()).isEqualTo(ana);
        assertThat(fixture.logIn(ANA, PASSWORD).member()).isEqualTo(ana);
    }

    @Test
    void anUnverifiedAddressOfAMemberLinksNothingAndCreatesNothing() {
        var ana = fixture.activeMember(ANA).id();

        assertThatThrownBy(() -> social.logIn(provider.unverified("s-1", ANA))).isInstanceOf(EmailTaken.class)
                .extracting(e -> ((EmailTaken) e).code()).isEqualTo("email-taken");
        assertThat(fixture.socialIdentities.memberOf(provider.unverified("s-1", ANA).identity())).isEmpty();
        assertThat(fixture.socialIdentities.linkedTo(ana)).isEmpty();
    }

    @Test
    void aVerifiedAddressOfAMemberWhoNeverVerifiedItLinksNothing() {
        fixture.signUp(ANA);

        assertThatThrownBy(() -> social.logIn(provider.verified("s-1", ANA))).isInstanceOf(EmailTaken.class);
        assertThat(fixture.socialIdentities.memberOf(provider.verified("s-1", ANA).identity())).isEmpty();
    }

    @Test
    void anUnverifiedAddressNobodyHasIsNotAttachedToTheNewMember() {
        var login = social.logIn(provider.unverified("s-1", ANA));

        var member = fixture.members.findById(login.member()).orElseThrow();
        assertThat(member.email()).isEqualTo(Email.placeholderFor(login.member()));
        assertThat(member.statusAt(fixture.time.now())).isEqualTo(MemberStatus.ACTIVE);
        assertThat(fixture.members.findByEmail(new Email(ANA))).isEmpty();
    }

    @Test
    void aPersonWhoSharedNoAddressJoinsWithAPlaceholder() {
        var login = social.logIn(provider.withoutEmail("s-1"));

        var profile = fixture.useCases.showProfile().show(new ShowProfile.Query(login.member()));
        assertThat(profile.email()).endsWith("@no-email.invalid");
        assertThat(profile.name()).isEmpty();
    }

    @Test
    void aMemberWhoJoinedThroughAProviderCannotLogInWithAPassword() {
        social.logIn(provider.verified("s-1", ANA));

        assertThatThrownBy(() -> fixture.logIn(ANA, PASSWORD)).isInstanceOf(InvalidCredentials.class)
                .extracting(e -> ((InvalidCredentials) e).code()).isEqualTo("invalid-credentials");
    }

    @Test
    void theSameSubjectAtAnotherProviderIsAnotherPerson() {
        var here = social.logIn(provider.verified("s-1", ANA));
        var other = fixture.otherProvider;
        String state = social.state(other.name());

        var there = social.complete(other.name(), other.logsIn(other.withoutEmail("s-1")), state);

        assertThat(there.member()).isNotEqualTo(here.member());
    }

    @Test
    void aBlockedMemberGetsAKeyButTheExchangeIsRefused() {
        var admin = fixture.useCases.ensureAdmin().ensure(new EnsureAdmin.Command(new Email("admin@example.com"),
                "an admin secret", new MemberName("Admin"))).member();
        var first = social.logIn(provider.verified("s-1", ANA));
        fixture.useCases.blockMember().block(new BlockMember.Command(admin, first.member(), "spam", Optional.empty()));

        var login = social.logIn(provider.verified("s-1", ANA));

        assertThatThrownBy(() -> social.exchange(login.loginKey())).isInstanceOf(AccountBlocked.class)
                .extracting(e -> ((AccountBlocked) e).code()).isEqualTo("account-blocked");
    }

    @Test
    void aWithdrawnMembersIdentityKeepsAnsweringAccountWithdrawn() {
        var ana = fixture.activeMember(ANA).id();
        social.logIn(provider.verified("s-1", ANA));
        fixture.useCases.withdraw().withdraw(new Withdraw.Command(ana, PASSWORD));

        var login = social.logIn(provider.verified("s-1", ANA));

        assertThat(login.member()).isEqualTo(ana);
        assertThatThrownBy(() -> social.exchange(login.loginKey())).isInstanceOf(AccountWithdrawn.class);
    }
}
