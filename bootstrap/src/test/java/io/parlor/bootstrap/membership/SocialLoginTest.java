package io.parlor.bootstrap.membership;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.application.membership.port.out.ShopCustomers;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Social login end to end against a real OAuth 2.0 / OpenID Connect server on loopback: Parlor
 * sends the browser there, the server sends it back with a code, Parlor exchanges the code and
 * reads the user info over HTTP, and the web app gets a one-time login key.
 */
class SocialLoginTest extends MembershipHttpSuite {

    private static final String ISSUER = "mock";
    private static final String WEB_APP = "http://localhost:3000/login";

    private final MockOAuth2Server provider = startProvider();
    private final int parlorPort = freePort();
    private Browser browser;

    @Inject
    ShopCustomers shopCustomers;

    @Override
    protected Map<String, String> moreProperties() {
        String prefix = "parlor.oauth.providers.mock.";
        return Map.of("micronaut.server.port", Integer.toString(parlorPort),
                prefix + "authorization-uri", provider.authorizationEndpointUrl(ISSUER).toString(),
                prefix + "token-uri", provider.tokenEndpointUrl(ISSUER).toString(),
                prefix + "user-info-uri", provider.userInfoUrl(ISSUER).toString(),
                prefix + "client-id", "parlor-test",
                prefix + "client-secret", "parlor-test-secret",
                prefix + "scopes", "openid,email,profile",
                prefix + "redirect-uri", "http://127.0.0.1:" + parlorPort + "/auth/oauth/mock/callback",
                "parlor.oauth.web-app-login-url", WEB_APP);
    }

    @AfterAll
    void stopProvider() {
        provider.shutdown();
    }

    @BeforeEach
    void newBrowser() {
        browser = new Browser();
    }

    /**
     * The provider's next login is of {@code subject}, with these claims in its user info. The
     * provider answers its queued logins in order, one per code exchange, so a test queues one
     * only when the flow reaches the exchange.
     */
    private void providerLogsIn(String subject, Map<String, Object> claims) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of("parlor-test"), claims,
                3600));
    }

    private static Map<String, Object> verified(String email, String name) {
        return Map.of("email", email, "email_verified", true, "name", name);
    }

    /** Starts at Parlor, logs in at the provider and comes back: the redirect Parlor answers the callback with. */
    private URI socialLogin(String query) {
        var atProvider = browser.follow(browser.load(parlor("/auth/oauth/mock/authorize" + query)));
        var callback = Browser.location(atProvider);
        assertThat(callback.toString()).startsWith("http://127.0.0.1:" + parlorPort + "/auth/oauth/mock/callback?");
        return Browser.location(browser.load(callback));
    }

    /** Parlor as the browser reaches it: on the host of the configured redirect URI, or the cookie would not return. */
    private URI parlor(String path) {
        return URI.create("http://127.0.0.1:" + parlorPort + path);
    }

    private static Map<String, String> queryOf(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }

    @Test
    void aNewPersonLogsInThroughTheProviderAndTheKeyWorksOnce() {
        String email = freshEmail();
        providerLogsIn("subject-" + UUID.randomUUID(), verified(email, "Mo Kim"));

        URI webApp = socialLogin("");
        String loginKey = queryOf(webApp).get("loginKey");
        var tokens = api.post("/auth/login-key", Map.of("loginKey", loginKey));
        var me = api.get("/me", tokens.text("accessToken"));
        var again = api.post("/auth/login-key", Map.of("loginKey", loginKey));

        assertThat(webApp.toString()).startsWith(WEB_APP + "?loginKey=");
        assertThat(loginKey).matches("[A-Za-z0-9_-]{43}");
        assertThat(tokens.status()).isEqualTo(200);
        assertThat(tokens.json()).containsEntry("tokenType", "Bearer").containsEntry("passwordChangeRequired", false)
                .containsKeys("accessToken", "refreshToken", "expiresIn");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json()).containsEntry("email", email).containsEntry("name", "Mo Kim")
                .containsEntry("status", "ACTIVE").containsEntry("roles", List.of("CUSTOMER"));
        assertThat(again.status()).isEqualTo(401);
        assertThat(again.code()).isEqualTo("invalid-token");
        assertThat(logIn(email, PASSWORD).code()).isEqualTo("invalid-credentials");
    }

    @Test
    void theSameProviderAccountLogsInTheSameMemberAgain() {
        String subject = "subject-" + UUID.randomUUID();
        providerLogsIn(subject, verified(freshEmail(), "Mo Kim"));
        String first = memberOf(queryOf(socialLogin("")).get("loginKey"));
        providerLogsIn(subject, verified(freshEmail(), "Mo Kim"));

        String second = memberOf(queryOf(socialLogin("")).get("loginKey"));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void anExistingAccountWithTheSameVerifiedAddressIsLinked() {
        String email = freshEmail();
        String existing = activeMember(email);
        providerLogsIn("subject-" + UUID.randomUUID(), verified(email, "Someone Else"));

        String linked = memberOf(queryOf(socialLogin("")).get("loginKey"));

        assertThat(linked).isEqualTo(existing);
        assertThat(logIn(email, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void anUnverifiedAddressOfAnExistingAccountLinksNothing() {
        String email = freshEmail();
        activeMember(email);
        providerLogsIn("subject-" + UUID.randomUUID(), Map.of("email", email, "email_verified", false));

        URI webApp = socialLogin("");

        assertThat(webApp.toString()).isEqualTo(WEB_APP + "?error=email-taken");
    }

    @Test
    void aTamperedStateGetsNoLoginKey() {
        var atProvider = browser.follow(browser.load(parlor("/auth/oauth/mock/authorize")));
        var callback = Browser.location(atProvider);
        String state = queryOf(callback).get("state");
        URI tampered = URI.create(callback.toString().replace("state=" + state, "state=" + state + "x"));

        URI webApp = Browser.location(browser.load(tampered));

        assertThat(webApp.toString()).isEqualTo(WEB_APP + "?error=invalid-state");
    }

    @Test
    void aCallbackOpenedInAnotherBrowserGetsNoLoginKey() {
        var callback = Browser.location(browser.follow(browser.load(parlor("/auth/oauth/mock/authorize"))));
        browser.clearCookies();

        URI webApp = Browser.location(browser.load(callback));

        assertThat(webApp.toString()).isEqualTo(WEB_APP + "?error=invalid-state");
    }

    @Test
    void aReplayedCallbackGetsNoSecondLoginKey() {
        providerLogsIn("subject-" + UUID.randomUUID(), verified(freshEmail(), "Mo Kim"));
        var authorize = browser.load(parlor("/auth/oauth/mock/authorize"));
        String cookie = authorize.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        var callback = Browser.location(browser.follow(authorize));
        var first = Browser.location(browser.load(callback));

        var replay = Browser.location(new Browser().loadWithCookie(callback, cookie));

        assertThat(first.toString()).contains("loginKey=");
        assertThat(replay.toString()).isEqualTo(WEB_APP + "?error=invalid-state");
    }

    @Test
    void aLoginThroughAShopLinkMakesTheMemberItsCustomer() {
        String owner = freshEmail();
        activeMember(owner);
        var shop = api.post("/shops", Map.of("name", "Salon Mo", "timeZone", "Asia/Seoul"), accessToken(owner));
        providerLogsIn("subject-" + UUID.randomUUID(), verified(freshEmail(), "Mo Kim"));

        String member = memberOf(queryOf(socialLogin("?shopCode=" + shop.text("code"))).get("loginKey"));

        assertThat(shopCustomers.customerSince(new ShopId(UUID.fromString(shop.text("id"))),
                new MemberId(UUID.fromString(member)))).isPresent();
    }

    @Test
    void anUnknownProviderIsNotFound() {
        var reply = api.get("/auth/oauth/nosuch/authorize", null);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.code()).isEqualTo("provider-not-found");
    }

    /** Exchanges the key and asks who the tokens belong to. */
    private String memberOf(String loginKey) {
        var tokens = api.post("/auth/login-key", Map.of("loginKey", loginKey));
        assertThat(tokens.status()).isEqualTo(200);
        return api.get("/me", tokens.text("accessToken")).text("id");
    }

    private static MockOAuth2Server startProvider() {
        var server = new MockOAuth2Server();
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return server;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
