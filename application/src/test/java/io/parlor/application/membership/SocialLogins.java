package io.parlor.application.membership;

import io.parlor.application.membership.port.in.CompleteSocialLogin;
import io.parlor.application.membership.port.in.ExchangeLoginKey;
import io.parlor.application.membership.port.in.StartSocialLogin;
import io.parlor.application.membership.port.in.Tokens;
import io.parlor.application.membership.port.out.ExternalIdentity;
import io.parlor.domain.membership.ShopCode;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/** Drives the social-login use cases of a {@link MembershipFixture} as a browser and a web app would. */
final class SocialLogins {

    private static final Pattern STATE = Pattern.compile("[?&]state=([^&]+)");

    private final MembershipFixture fixture;

    SocialLogins(MembershipFixture fixture) {
        this.fixture = fixture;
    }

    URI start(String provider, Optional<ShopCode> shopCode) {
        var started = fixture.useCases.startSocialLogin().start(new StartSocialLogin.Command(provider, shopCode));
        if (!stateOf(started.authorizationUri()).equals(started.state())) {
            throw new AssertionError("the authorization URI carries another state than the one returned");
        }
        return started.authorizationUri();
    }

    /** The state of a fresh trip to {@code provider}. */
    String state(String provider) {
        return stateOf(start(provider, Optional.empty()));
    }

    CompleteSocialLogin.Result complete(String provider, String code, String state) {
        return fixture.useCases.completeSocialLogin().complete(new CompleteSocialLogin.Command(provider, code, state));
    }

    /** The whole trip through the fixture's provider: start, log in there as {@code identity}, come back. */
    CompleteSocialLogin.Result logIn(ExternalIdentity identity) {
        return logIn(identity, Optional.empty());
    }

    CompleteSocialLogin.Result logIn(ExternalIdentity identity, Optional<ShopCode> shopCode) {
        var provider = fixture.provider;
        String state = stateOf(start(provider.name(), shopCode));
        return complete(provider.name(), provider.logsIn(identity), state);
    }

    Tokens exchange(String loginKey) {
        return fixture.useCases.exchangeLoginKey().exchange(new ExchangeLoginKey.Command(loginKey));
    }

    static String stateOf(URI authorizationUri) {
        var matcher = STATE.matcher(authorizationUri.getRawQuery() == null ? "" : "?" + authorizationUri.getRawQuery());
        if (!matcher.find()) {
            throw new AssertionError("no state in " + authorizationUri);
        }
        return matcher.group(1);
    }
}
