package io.parlor.application.membership;

import static io.parlor.application.membership.MembershipFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.application.membership.port.in.RefreshSession;
import io.parlor.application.membership.port.in.ShowProfile;
import io.parlor.application.membership.port.in.Withdraw;
import io.parlor.domain.membership.AccountWithdrawn;
import io.parlor.domain.membership.InvalidCredentials;
import io.parlor.domain.membership.InvalidToken;
import io.parlor.domain.membership.MemberStatus;
import io.parlor.domain.membership.MemberWithdrawn;
import org.junit.jupiter.api.Test;

class WithdrawTest {

    private static final String ANA = "ana@example.com";

    private final MembershipFixture fixture = new MembershipFixture();

    @Test
    void withdrawingErasesPersonalDataEndsSessionsAndAnnouncesIt() {
        var ana = fixture.activeMember(ANA);
        var tokens = fixture.logIn(ANA, PASSWORD);

        fixture.useCases.withdraw().withdraw(new Withdraw.Command(ana.id(), PASSWORD));

        var profile = fixture.useCases.showProfile().show(new ShowProfile.Query(ana.id()));
        assertThat(profile.status()).isEqualTo(MemberStatus.WITHDRAWN);
        assertThat(profile.email()).doesNotContain("ana");
        assertThat(profile.name()).isEmpty();
        assertThat(fixture.published.next()).isEqualTo(new MemberWithdrawn(ana.id(), fixture.time.now()));
        assertThatThrownBy(() -> fixture.useCases.refreshSession().refresh(
                new RefreshSession.Command(tokens.refreshToken()))).isInstanceOf(InvalidToken.class);
    }

    @Test
    void aLaterLoginWithTheOldEmailAnswersAccountWithdrawn() {
        var ana = fixture.activeMember(ANA);
        fixture.useCases.withdraw().withdraw(new Withdraw.Command(ana.id(), PASSWORD));

        assertThatThrownBy(() -> fixture.logIn(ANA, PASSWORD)).isInstanceOf(AccountWithdrawn.class)
                .extracting(e -> ((AccountWithdrawn) e).code()).isEqualTo("account-withdrawn");
    }

    @Test
    void theAddressMaySignUpAgain() {
        var ana = fixture.activeMember(ANA);
        fixture.useCases.withdraw().withdraw(new Withdraw.Command(ana.id(), PASSWORD));

        var again = fixture.activeMember(ANA);

        assertThat(again.id()).isNotEqualTo(ana.id());
        assertThat(fixture.logIn(ANA, PASSWORD).member()).isEqualTo(again.id());
    }

    @Test
    void withdrawingNeedsThePassword() {
        var ana = fixture.activeMember(ANA);

        assertThatThrownBy(() -> fixture.useCases.withdraw().withdraw(new Withdraw.Command(ana.id(), "wrong one")))
                .isInstanceOf(InvalidCredentials.class);
        assertThat(fixture.logIn(ANA, PASSWORD).accessToken()).isNotBlank();
        assertThat(fixture.published.pending()).isEmpty();
    }
}
