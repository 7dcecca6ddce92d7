package io.parlor.adapters.http.membership;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parlor.adapters.http.RandomJwtSecret;
import io.parlor.adapters.http.RawHttp;
import io.parlor.application.membership.port.in.CompleteSocialLogin;
import io.parlor.domain.membership.ShopCode;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "spec.name", value = "SocialLoginControllerTest")
@Property(name = "parlor.oauth.web-app-login-url", value = "https://app.example/login?from=parlor")
class SocialLoginControllerTest implements RandomJwtSecret {

    private static final String COOKIE = SocialLoginController.STATE_COOKIE + "=" + ScriptedSocialLogin.STATE;

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    ScriptedSocialLogin useCases;

    private final HttpClient browser = HttpClient.newHttpClient();

    @BeforeEach
    void forget() {
        useCases.started.clear();
        useCases.completed.clear();
    }

    private HttpResponse<String> get(String path, String cookie) {
        var request = HttpRequest.newBuilder(server.getURI().resolve(path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void authorizeSendsTheBrowserToTheProviderAndBindsTheStateToIt() {
        var response = get("/auth/oauth/known/authorize?shopCode=salon-bo", null);

        assertThat(location(response)).isEqualTo("https://idp.example/authorize?client_id=parlor&state=state-1");
        assertThat(response.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith(COOKIE + ";").contains("Path=/auth/oauth", "Secure", "SameSite=Lax", "Max-Age=600")
                .containsIgnoringCase("HttpOnly"));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(useCases.started).singleElement().satisfies(command -> {
            assertThat(command.provider()).isEqualTo("known");
            assertThat(command.shopCode()).contains(new ShopCode("salon-bo"));
        });
    }

    @Test
    void authorizeWithoutShopCodeStartsWithoutShop() {
        get("/auth/oauth/known/authorize", null);

        assertThat(useCases.started).singleElement().satisfies(command -> assertThat(command.shopCode()).isEmpty());
    }

    @Test
    void anUnknownProviderIsNotFound() {
        var response = get("/auth/oauth/nosuch/authorize", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(problem(response.body())).containsEntry("code", "provider-not-found");
    }

    @Test
    void aMalformedShopCodeIsAnInvalidField() {
        var response = get("/auth/oauth/known/authorize?shopCode=x", null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(problem(response.body())).containsEntry("code", "invalid-field");
    }

    @Test
    void theCallbackSendsTheBrowserToTheWebAppWithTheLoginKeyAndForgetsTheState() {
        var response = get("/auth/oauth/known/callback?code=good&state=state-1", COOKIE);

        assertThat(location(response)).isEqualTo("https://app.example/login?from=parlor&loginKey=key%2F1%2B");
        assertThat(useCases.completed).containsExactly(new CompleteSocialLogin.Command("known", "good", "state-1"));
        assertThat(response.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie ->
                assertThat(cookie).startsWith(SocialLoginController.STATE_COOKIE + "=;").contains("Max-Age=0"));
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void aCallbackFromAnotherBrowserIsAnInvalidStateAndTouchesNothing() {
        var withoutCookie = get("/auth/oauth/known/callback?code=good&state=state-1", null);
        var otherCookie = get("/auth/oauth/known/callback?code=good&state=state-1",
                SocialLoginController.STATE_COOKIE + "=state-2");
        var withoutState = get("/auth/oauth/known/callback?code=good", COOKIE);

        assertThat(location(withoutCookie)).isEqualTo("https://app.example/login?from=parlor&error=invalid-state");
        assertThat(location(otherCookie)).endsWith("&error=invalid-state");
        assertThat(location(withoutState)).endsWith("&error=invalid-state");
        assertThat(useCases.completed).isEmpty();
    }

    @Test
    void aLoginTheProviderDeniedEndsAtTheWebApp() {
        var denied = get("/auth/oauth/known/callback?error=access_denied&state=state-1", COOKIE);
        var withoutCode = get("/auth/oauth/known/callback?state=state-1", COOKIE);

        assertThat(location(denied)).endsWith("&error=provider-denied");
        assertThat(location(withoutCode)).endsWith("&error=provider-denied");
        assertThat(useCases.completed).isEmpty();
    }

    @Test
    void eachRefusalReachesTheWebAppAsItsCode() {
        assertThat(location(get("/auth/oauth/known/callback?code=spent-state&state=state-1", COOKIE)))
                .endsWith("&error=invalid-state");
        assertThat(location(get("/auth/oauth/known/callback?code=refused&state=state-1", COOKIE)))
                .endsWith("&error=provider-failed");
        assertThat(location(get("/auth/oauth/known/callback?code=taken&state=state-1", COOKIE)))
                .endsWith("&error=email-taken");
        assertThat(location(get("/auth/oauth/nosuch/callback?code=good&state=state-1", COOKIE)))
                .endsWith("&error=provider-not-found");
    }

    @Test
    void anUnexpectedFailureStillEndsAtTheWebAppAndSaysNothingOfItsCause() {
        var response = get("/auth/oauth/known/callback?code=bug&state=state-1", COOKIE);

        assertThat(location(response)).isEqualTo("https://app.example/login?from=parlor&error=internal-error");
        assertThat(response.body()).doesNotContain("SELECT");
    }

    @Test
    void aLoginKeyIsExchangedForTokens() {
        var response = new RawHttp(server.getURI()).postJson("/auth/login-key", "{\"loginKey\":\"key/1+\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(problem(response.body())).containsExactlyInAnyOrderEntriesOf(Map.of("accessToken", "access-1",
                "refreshToken", "refresh-1", "tokenType", "Bearer", "expiresIn", 900, "passwordChangeRequired", false));
    }

    @Test
    void anUnknownLoginKeyIsAnInvalidToken() {
        var unknown = new RawHttp(server.getURI()).postJson("/auth/login-key", "{\"loginKey\":\"spent\"}");
        var blank = new RawHttp(server.getURI()).postJson("/auth/login-key", "{\"loginKey\":\"\"}");

        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(problem(unknown.body())).containsEntry("code", "invalid-token").containsEntry("status", 401);
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(problem(blank.body())).containsEntry("code", "invalid-field");
    }

    private Map<String, Object> problem(String body) {
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
