package io.parlor.application.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.application.membership.port.in.CreateShop;
import io.parlor.application.membership.port.out.AccessGrant;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.InvalidState;
import io.parlor.domain.membership.InvalidToken;
import io.parlor.domain.membership.ProviderFailed;
import io.parlor.domain.membership.ProviderNotFound;
import io.parlor.domain.membership.Role;
import io.parlor.domain.membership.ShopCode;
import io.parlor.domain.membership.ShopName;
import io.parlor.domain.shared.DomainError;
import io.parlor.domain.shared.ShopNotFound;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SocialLoginTest {

    private final MembershipFixture fixture = new MembershipFixture();
    private final SocialLogins social = new SocialLogins(fixture);
    private final FakeIdentityProvider provider = fixture.provider;

    @Test
    void startingSendsTheBrowserToTheProviderWithAFreshRandomState() {
        var first = social.start(provider.name(), Optional.empty());
        var second = social.start(provider.name(), Optional.empty());

        assertThat(first).hasHost("fake.idp.test");
        assertThat(SocialLogins.stateOf(first)).matches("[A-Za-z0-9_-]{43}");
        assertThat(SocialLogins.stateOf(first)).isNotEqualTo(SocialLogins.stateOf(second));
    }

    @Test
    void eachTripHasAProofOfItsOwnAndTheExchangeGetsTheOneOfItsState() {
        var first = SocialLogins.stateOf(social.start(provider.name(), Optional.empty()));
        var second = SocialLogins.stateOf(social.start(provider.name(), Optional.empty()));
        var proof = provider.proofOf(second).orElseThrow();

        social.complete(provider.name(), provider.logsIn(provider.verified("s-9", "pkce@example.com")), second);

        assertThat(proof.codeVerifier()).matches("[A-Za-z0-9_-]{43}");
        assertThat(proof.nonce()).matches("[A-Za-z0-9_-]{22}");
        assertThat(provider.proofOf(first).orElseThrow()).isNotEqualTo(proof);
        assertThat(provider.proofOf(first).orElseThrow().nonce()).isNotEqualTo(proof.nonce());
        assertThat(provider.proofsPresented()).containsExactly(proof);
    }

    @Test
    void anUnknownProviderIsNotFound() {
        assertThatThrownBy(() -> social.start("nosuch", Optional.empty())).isInstanceOf(ProviderNotFound.class)
                .extracting(e -> ((DomainError) e).code()).isEqualTo("provider-not-found");
        assertThatThrownBy(() -> social.complete("nosuch", "code", "state")).isInstanceOf(ProviderNotFound.class);
    }

    @Test
    void anUnknownShopCodeIsRefusedBeforeTheTrip() {
        assertThatThrownBy(() -> social.start(provider.name(), Optional.of(new ShopCode("nosuchshop"))))
                .isInstanceOf(ShopNotFound.class);
    }

    @Test
    void aNewPersonJoinsAsAnActiveCustomerAndTheKeyOpensASession() {
        var login = social.logIn(provider.verified("s-1", "ana@example.com"));

        var tokens = social.exchange(login.loginKey());

        AccessGrant grant = fixture.accessTokens.grantOf(tokens.accessToken()).orElseThrow();
        assertThat(login.loginKey()).matches("[A-Za-z0-9_-]{43}");
        assertThat(grant.member()).isEqualTo(login.member());
        assertThat(grant.roles()).containsExactly(Role.CUSTOMER);
        assertThat(tokens.member()).isEqualTo(login.member());
        assertThat(tokens.passwordChangeRequired()).isFalse();
    }

    @Test
    void aLoginKeyWorksOnce() {
        var login = social.logIn(provider.verified("s-1", "ana@example.com"));
        social.exchange(login.loginKey());

        assertThatThrownBy(() -> social.exchange(login.loginKey())).isInstanceOf(InvalidToken.class)
                .extracting(e -> ((DomainError) e).code()).isEqualTo("invalid-token");
    }

    @Test
    void aLoginKeyLivesSixtySeconds() {
        var fresh = social.logIn(provider.verified("s-1", "ana@example.com"));
        var stale = social.logIn(provider.verified("s-1", "ana@example.com"));
        fixture.time.advance(Duration.ofSeconds(59));
        social.exchange(fresh.loginKey());

        fixture.time.advance(Duration.ofSeconds(1));

        assertThatThrownBy(() -> social.exchange(stale.loginKey())).isInstanceOf(InvalidToken.class);
    }

    @Test
    void anUnknownLoginKeyIsAnInvalidToken() {
        assertThatThrownBy(() -> social.exchange("not-a-key")).isInstanceOf(InvalidToken.class);
    }

    @Test
    void aStateWorksOnce() {
        String state = social.state(provider.name());
        social.complete(provider.name(), provider.logsIn(provider.verified("s-1", "ana@example.com")), state);
        String secondCode = provider.logsIn(provider.verified("s-2", "bo@example.com"));

        assertThatThrownBy(() -> social.complete(provider.name(), secondCode, state)).isInstanceOf(InvalidState.class)
                .extracting(e -> ((DomainError) e).kind()).isEqualTo(DomainError.Kind.INVALID);
        assertThat(provider.exchanges()).isEqualTo(1);
    }

    @Test
    void aStateNobodyHandedOutChangesNothing() {
        String code = provider.logsIn(provider.verified("s-1", "ana@example.com"));

        assertThatThrownBy(() -> social.complete(provider.name(), code, "forged-state"))
                .isInstanceOf(InvalidState.class).extracting(e -> ((DomainError) e).code()).isEqualTo("invalid-state");
        assertThat(provider.exchanges()).isZero();
        assertThat(fixture.socialIdentities.memberOf(provider.verified("s-1", "ana@example.com").identity())).isEmpty();
        assertThat(fixture.members.findByEmail(new Email("ana@example.com"))).isEmpty();
    }

    @Test
    void aStateServesOnlyTheProviderItWasHandedOutFor() {
        String state = social.state(fixture.otherProvider.name());
        String code = provider.logsIn(provider.verified("s-1", "ana@example.com"));

        assertThatThrownBy(() -> social.complete(provider.name(), code, state)).isInstanceOf(InvalidState.class);
        assertThat(provider.exchanges()).isZero();
    }

    @Test
    void aStateLivesTenMinutes() {
        String fresh = social.state(provider.name());
        String stale = social.state(provider.name());
        fixture.time.advance(Duration.ofMinutes(10).minusMillis(1));
        social.complete(provider.name(), provider.logsIn(provider.verified("s-1", "ana@example.com")), fresh);

        fixture.time.advance(Duration.ofMillis(1));

        String code = provider.logsIn(provider.verified("s-1", "ana@example.com"));
        assertThatThrownBy(() -> social.complete(provider.name(), code, stale)).isInstanceOf(InvalidState.class);
    }

    @Test
    void aCodeTheProviderDoesNotConfirmFailsAndSpendsTheState() {
        String state = social.state(provider.name());

        assertThatThrownBy(() -> social.complete(provider.name(), "a-code-never-issued", state))
                .isInstanceOf(ProviderFailed.class).extracting(e -> ((DomainError) e).kind())
                .isEqualTo(DomainError.Kind.UPSTREAM_FAILED);
        String code = provider.logsIn(provider.verified("s-1", "ana@example.com"));
        assertThatThrownBy(() -> social.complete(provider.name(), code, state)).isInstanceOf(InvalidState.class);
    }

    @Test
    void aLoginThroughAShopLinkMakesTheMemberItsCustomerWhenTheKeyIsExchanged() {
        var owner = fixture.activeMember("owner@example.com").id();
        var shop = fixture.useCases.createShop().create(new CreateShop.Command(owner, new ShopName("Salon"),
                "Asia/Seoul", Optional.empty()));
        var login = social.logIn(provider.verified("s-1", "ana@example.com"), Optional.of(new ShopCode(shop.code())));
        assertThat(fixture.customers.customerSince(shop.id(), login.member())).isEmpty();
        fixture.time.advance(Duration.ofSeconds(5));

        social.exchange(login.loginKey());

        assertThat(fixture.customers.customerSince(shop.id(), login.member())).contains(fixture.time.now());
    }
}
