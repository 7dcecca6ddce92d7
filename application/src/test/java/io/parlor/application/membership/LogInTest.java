package io.parlor.application.membership;

import static io.parlor.application.membership.MembershipFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.application.membership.port.in.CreateShop;
import io.parlor.application.membership.port.in.LogIn;
import io.parlor.application.membership.port.out.AccessGrant;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.EmailNotVerified;
import io.parlor.domain.membership.InvalidCredentials;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.Role;
import io.parlor.domain.membership.ShopCode;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.membership.ShopName;
import io.parlor.domain.shared.ShopNotFound;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LogInTest {

    private static final String ANA = "ana@example.com";

    private final MembershipFixture fixture = new MembershipFixture();

    @Test
    void handsOutAnAccessTokenForTheMemberAndAnOpaqueRefreshToken() {
        var member = fixture.activeMember(ANA);

        var tokens = fixture.logIn(ANA, PASSWORD);

        AccessGrant grant = fixture.accessTokens.grantOf(tokens.accessToken()).orElseThrow();
        assertThat(grant.member()).isEqualTo(member.id());
        assertThat(grant.roles()).containsExactly(Role.CUSTOMER);
        assertThat(grant.passwordChangeRequired()).isFalse();
        assertThat(grant.expiresAt()).isEqualTo(fixture.time.now().plus(Duration.ofMinutes(15)));
        assertThat(tokens.tokenType()).isEqualTo("Bearer");
        assertThat(tokens.expiresIn()).isEqualTo(900);
        assertThat(tokens.refreshToken()).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void anUnknownEmailAndAWrongPasswordLookTheSame() {
        fixture.activeMember(ANA);

        assertThatThrownBy(() -> fixture.logIn("nobody@example.com", PASSWORD))
                .isInstanceOf(InvalidCredentials.class).hasMessage("the email or the password is wrong");
        assertThatThrownBy(() -> fixture.logIn(ANA, "not the password"))
                .isInstanceOf(InvalidCredentials.class).hasMessage("the email or the password is wrong");
    }

    @Test
    void aMemberWhoseEmailIsNotVerifiedIsToldSo() {
        fixture.signUp(ANA);

        assertThatThrownBy(() -> fixture.logIn(ANA, PASSWORD)).isInstanceOf(EmailNotVerified.class)
                .extracting(e -> ((EmailNotVerified) e).code()).isEqualTo("email-not-verified");
    }

    @Test
    void loggingInThroughAShopLinkMakesTheMemberItsCustomer() {
        MemberId owner = fixture.activeMember("owner@example.com").id();
        var shop = fixture.useCases.createShop().create(new CreateShop.Command(owner, new ShopName("Salon"),
                "Asia/Seoul", Optional.empty()));
        var ana = fixture.activeMember(ANA);
        fixture.time.advance(Duration.ofMinutes(1));

        fixture.useCases.logIn().logIn(new LogIn.Command(new Email(ANA), PASSWORD,
                Optional.of(new ShopCode(shop.code()))));

        assertThat(fixture.customers.customerSince(shop.id(), ana.id())).contains(fixture.time.now());
        assertThat(fixture.customers.customerSince(new ShopId(ana.id().value()), ana.id())).isEmpty();
    }

    @Test
    void anUnknownShopCodeIsRefused() {
        fixture.activeMember(ANA);
        var command = new LogIn.Command(new Email(ANA), PASSWORD, Optional.of(new ShopCode("nosuchshop")));

        assertThatThrownBy(() -> fixture.useCases.logIn().logIn(command)).isInstanceOf(ShopNotFound.class);
    }
}
