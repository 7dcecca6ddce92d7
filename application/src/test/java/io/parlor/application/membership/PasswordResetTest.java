package io.parlor.application.membership;

import static io.parlor.application.membership.MembershipFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.application.membership.port.in.ChangePassword;
import io.parlor.application.membership.port.in.RefreshSession;
import io.parlor.application.membership.port.in.RequestPasswordReset;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.InvalidCredentials;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.TooManyRequests;
import io.parlor.domain.membership.WeakPassword;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PasswordResetTest {

    private static final String ANA = "ana@example.com";

    private final MembershipFixture fixture = new MembershipFixture();

    private String requestTemporaryPassword(String email) {
        fixture.useCases.requestPasswordReset().request(new RequestPasswordReset.Command(new Email(email)));
        String text = fixture.mailer.lastTo(new Email(email)).orElseThrow().text();
        return text.replaceAll("(?s).*password is (\\S+) .*", "$1");
    }

    private void change(MemberId member, String current, String next) {
        fixture.useCases.changePassword().change(new ChangePassword.Command(member, current, next));
    }

    @Test
    void aTemporaryPasswordOpensOneLoginThatMustChangeThePassword() {
        fixture.activeMember(ANA);
        String temporary = requestTemporaryPassword(ANA);

        var tokens = fixture.logIn(ANA, temporary);

        assertThat(tokens.passwordChangeRequired()).isTrue();
        assertThat(fixture.accessTokens.grantOf(tokens.accessToken()).orElseThrow().passwordChangeRequired()).isTrue();
        assertThat(fixture.useCases.refreshSession().refresh(new RefreshSession.Command(tokens.refreshToken()))
                .passwordChangeRequired()).isTrue();
        assertThatThrownBy(() -> fixture.logIn(ANA, temporary)).isInstanceOf(InvalidCredentials.class);
    }

    @Test
    void changingThePasswordWithTheTemporaryOneClearsTheRequirement() {
        var ana = fixture.activeMember(ANA);
        String temporary = requestTemporaryPassword(ANA);
        fixture.logIn(ANA, temporary);

        change(ana.id(), temporary, "a brand new secret");

        assertThat(fixture.logIn(ANA, "a brand new secret").passwordChangeRequired()).isFalse();
        assertThatThrownBy(() -> fixture.logIn(ANA, PASSWORD)).isInstanceOf(InvalidCredentials.class);
    }

    @Test
    void theTemporaryPasswordExpiresAfterThirtyMinutesAndTheOwnOneKeepsWorking() {
        fixture.activeMember(ANA);
        String temporary = requestTemporaryPassword(ANA);

        fixture.time.advance(Duration.ofMinutes(30));

        assertThatThrownBy(() -> fixture.logIn(ANA, temporary)).isInstanceOf(InvalidCredentials.class);
        assertThat(fixture.logIn(ANA, PASSWORD).passwordChangeRequired()).isFalse();
    }

    @Test
    void anUnknownAddressGetsNoMailButTheSameCoolDown() {
        var reset = new RequestPasswordReset.Command(new Email("nobody@example.com"));

        fixture.useCases.requestPasswordReset().request(reset);

        assertThat(fixture.mailer.outbox()).isEmpty();
        assertThatThrownBy(() -> fixture.useCases.requestPasswordReset().request(reset))
                .isInstanceOf(TooManyRequests.class);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndAStrongNewOne() {
        var ana = fixture.activeMember(ANA);

        assertThatThrownBy(() -> change(ana.id(), "not the password", "a brand new secret"))
                .isInstanceOf(InvalidCredentials.class);
        assertThatThrownBy(() -> change(ana.id(), PASSWORD, "short")).isInstanceOf(WeakPassword.class);
        assertThat(fixture.logIn(ANA, PASSWORD).accessToken()).isNotBlank();
    }
}
