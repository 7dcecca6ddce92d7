package io.parlor.application.membership;

import static io.parlor.application.membership.MembershipFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.application.membership.port.in.LogOut;
import io.parlor.application.membership.port.in.RefreshSession;
import io.parlor.application.membership.port.in.Tokens;
import io.parlor.domain.membership.InvalidToken;
import io.parlor.domain.membership.RefreshToken;
import io.parlor.domain.membership.RefreshTokenStatus;
import io.parlor.domain.membership.SecretDigest;
import io.parlor.domain.shared.DomainError;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SessionTest {

    private static final String ANA = "ana@example.com";

    private final MembershipFixture fixture = new MembershipFixture();

    private Tokens refresh(String refreshToken) {
        return fixture.useCases.refreshSession().refresh(new RefreshSession.Command(refreshToken));
    }

    private RefreshTokenStatus statusOf(String refreshToken) {
        return fixture.refreshTokens.findByDigest(SecretDigest.of(refreshToken)).map(RefreshToken::status)
                .orElseThrow();
    }

    @Test
    void storesOnlyTheDigestOfTheRefreshToken() {
        fixture.activeMember(ANA);

        var tokens = fixture.logIn(ANA, PASSWORD);

        var stored = fixture.refreshTokens.findByDigest(SecretDigest.of(tokens.refreshToken())).orElseThrow();
        assertThat(stored.digest().hex()).doesNotContain(tokens.refreshToken());
        assertThat(stored.expiresAt()).isEqualTo(fixture.time.now().plus(Duration.ofDays(14)));
    }

    @Test
    void aRefreshRotatesTheToken() {
        fixture.activeMember(ANA);
        var first = fixture.logIn(ANA, PASSWORD);

        var second = refresh(first.refreshToken());

        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(second.member()).isEqualTo(first.member());
        assertThat(statusOf(first.refreshToken())).isEqualTo(RefreshTokenStatus.ROTATED);
        assertThat(refresh(second.refreshToken()).accessToken()).isNotBlank();
    }

    @Test
    void reusingARotatedTokenRevokesTheWholeFamily() {
        fixture.activeMember(ANA);
        var first = fixture.logIn(ANA, PASSWORD);
        var second = refresh(first.refreshToken());

        assertThatThrownBy(() -> refresh(first.refreshToken())).isInstanceOf(InvalidToken.class)
                .extracting(e -> ((DomainError) e).kind()).isEqualTo(DomainError.Kind.UNAUTHENTICATED);

        assertThat(statusOf(second.refreshToken())).isEqualTo(RefreshTokenStatus.REVOKED);
        assertThatThrownBy(() -> refresh(second.refreshToken())).isInstanceOf(InvalidToken.class);
    }

    @Test
    void anotherLoginIsAnotherFamilyAndSurvivesTheReuse() {
        fixture.activeMember(ANA);
        var phone = fixture.logIn(ANA, PASSWORD);
        var laptop = fixture.logIn(ANA, PASSWORD);
        refresh(phone.refreshToken());

        assertThatThrownBy(() -> refresh(phone.refreshToken())).isInstanceOf(InvalidToken.class);

        assertThat(refresh(laptop.refreshToken()).accessToken()).isNotBlank();
    }

    @Test
    void aRefreshTokenExpiresAfterFourteenDays() {
        fixture.activeMember(ANA);
        var tokens = fixture.logIn(ANA, PASSWORD);

        fixture.time.advance(Duration.ofDays(14));

        assertThatThrownBy(() -> refresh(tokens.refreshToken())).isInstanceOf(InvalidToken.class);
    }

    @Test
    void loggingOutRevokesTheSession() {
        fixture.activeMember(ANA);
        var tokens = fixture.logIn(ANA, PASSWORD);

        fixture.useCases.logOut().logOut(new LogOut.Command(tokens.refreshToken()));
        fixture.useCases.logOut().logOut(new LogOut.Command("never issued"));

        assertThatThrownBy(() -> refresh(tokens.refreshToken())).isInstanceOf(InvalidToken.class);
    }

    @Test
    void anUnknownTokenIsInvalid() {
        assertThatThrownBy(() -> refresh("never issued")).isInstanceOf(InvalidToken.class);
    }
}
