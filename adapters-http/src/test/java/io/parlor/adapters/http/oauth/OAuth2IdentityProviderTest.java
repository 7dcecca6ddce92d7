package io.parlor.adapters.http.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.json.JsonMapper;
import io.parlor.adapters.http.oauth.StubProvider.Answer;
import io.parlor.application.membership.port.out.LoginProof;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.MemberName;
import io.parlor.domain.membership.ProviderFailed;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OAuth2IdentityProviderTest {

    private static final JsonMapper JSON = JsonMapper.createDefault();
    private static final LoginProof PROOF = new LoginProof("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
            StubProvider.NONCE);
    private static final URI CALLBACK = URI.create("https://parlor.example/auth/oauth/oidc/callback");

    private final StubProvider stub = new StubProvider();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void stop() {
        stub.close();
    }

    private OAuth2ProviderSettings oidc(Optional<String> secret, Duration timeout) {
        return new OAuth2ProviderSettings("oidc", URI.create("https://idp.example/authorize?prompt=login"),
                stub.uri("/token"), stub.uri("/userinfo"), "parlor-client", secret, List.of("openid", "email", "profile"),
                CALLBACK, OAuth2ProviderSettings.OIDC_SUBJECT, OAuth2ProviderSettings.OIDC_EMAIL,
                OAuth2ProviderSettings.OIDC_EMAIL_VERIFIED, OAuth2ProviderSettings.OIDC_NAME, timeout);
    }

    private OAuth2IdentityProvider provider(OAuth2ProviderSettings settings) {
        return new OAuth2IdentityProvider(settings, http, JSON);
    }

    private static Map<String, String> formOf(String encoded) {
        return Arrays.stream(encoded.split("&")).map(pair -> pair.split("=", 2)).collect(Collectors.toMap(
                pair -> URLDecoder.decode(pair[0], StandardCharsets.UTF_8),
                pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8)));
    }

    @Test
    void theAuthorizationUriCarriesTheClientTheFixedRedirectTheScopesAndTheState() {
        var provider = provider(oidc(Optional.of("secret"), Duration.ofSeconds(2)));

        URI uri = provider.authorizationUri("st/ate+1", PROOF);

        assertThat(uri.getHost()).isEqualTo("idp.example");
        assertThat(formOf(uri.getRawQuery())).containsExactlyInAnyOrderEntriesOf(Map.of("prompt", "login",
                "response_type", "code", "client_id", "parlor-client", "redirect_uri", CALLBACK.toString(),
                "scope", "openid email profile", "state", "st/ate+1",
                // RFC 7636, appendix B: this verifier's S256 challenge
                "code_challenge", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", "code_challenge_method", "S256",
                "nonce", StubProvider.NONCE));
    }

    @Test
    void exchangesTheCodeWithTheClientSecretThenReadsTheStandardClaims() {
        stub.userInfoAnswers(Answer.json("""
                {"sub":"248289761001","email":"Ana@Example.com","email_verified":true,"name":"Ana Kim"}"""));

        var identity = provider(oidc(Optional.of("s3cret"), Duration.ofSeconds(2))).identify("code-1", PROOF);

        assertThat(identity.provider()).isEqualTo("oidc");
        assertThat(identity.subject()).isEqualTo("248289761001");
        assertThat(identity.email()).contains(new Email("ana@example.com"));
        assertThat(identity.emailVerified()).isTrue();
        assertThat(identity.name()).contains(new MemberName("Ana Kim"));
        var token = stub.lastTokenRequest().orElseThrow();
        assertThat(token.method()).isEqualTo("POST");
        assertThat(token.contentType()).startsWith("application/x-www-form-urlencoded");
        assertThat(formOf(token.body())).containsExactlyInAnyOrderEntriesOf(Map.of("grant_type", "authorization_code",
                "code", "code-1", "redirect_uri", CALLBACK.toString(), "client_id", "parlor-client",
                "client_secret", "s3cret", "code_verifier", PROOF.codeVerifier()));
        assertThat(stub.lastUserInfoRequest().orElseThrow().authorization()).isEqualTo("Bearer at-1");
    }

    @Test
    void readsKakaoShapedUserInfoByConfiguredPaths() {
        stub.userInfoAnswers(Answer.json("""
                {"id":3141592653,"connected_at":"2026-11-21T09:30:00Z",
                 "properties":{"nickname":"아나"},
                 "kakao_account":{"email":"ana@kakao.example","is_email_valid":true,"is_email_verified":true}}"""));
        var kakao = new OAuth2ProviderSettings("kakao", URI.create("https://kauth.kakao.com/oauth/authorize"),
                stub.uri("/token"), stub.uri("/userinfo"), "rest-api-key", Optional.empty(), List.of(),
                URI.create("https://parlor.example/auth/oauth/kakao/callback"), "id", "kakao_account.email",
                "kakao_account.is_email_verified", "properties.nickname", Duration.ofSeconds(2));

        var identity = provider(kakao).identify("code-1", PROOF);

        assertThat(identity.subject()).isEqualTo("3141592653");
        assertThat(identity.verifiedEmail()).contains(new Email("ana@kakao.example"));
        assertThat(identity.name()).contains(new MemberName("아나"));
        assertThat(formOf(stub.lastTokenRequest().orElseThrow().body())).doesNotContainKey("client_secret");
        assertThat(provider(kakao).authorizationUri("s", PROOF).getRawQuery()).doesNotContain("scope")
                .doesNotContain("nonce").contains("code_challenge=");
    }

    @Test
    void anAddressIsVerifiedOnlyWhenTheProviderSaysSo() {
        stub.userInfoAnswers(Answer.json("{\"sub\":\"s-1\",\"email\":\"ana@example.com\",\"email_verified\":\"true\"}"));
        var provider = provider(oidc(Optional.empty(), Duration.ofSeconds(2)));
        assertThat(provider.identify("c", PROOF).emailVerified()).isTrue();

        stub.userInfoAnswers(Answer.json("{\"sub\":\"s-1\",\"email\":\"ana@example.com\",\"email_verified\":\"yes\"}"));
        assertThat(provider.identify("c", PROOF).emailVerified()).isFalse();

        stub.userInfoAnswers(Answer.json("{\"sub\":\"s-1\",\"email\":\"ana@example.com\"}"));
        assertThat(provider.identify("c", PROOF).emailVerified()).isFalse();
    }

    @Test
    void anUnusableAddressOrNameIsLeftOut() {
        stub.userInfoAnswers(Answer.json("{\"sub\":\"s-1\",\"email\":\"not an address\",\"name\":\"   \"}"));

        var identity = provider(oidc(Optional.empty(), Duration.ofSeconds(2))).identify("code-1", PROOF);

        assertThat(identity.email()).isEmpty();
        assertThat(identity.name()).isEmpty();
    }

    @Test
    void aRefusedCodeFailsWithoutRepeatingTheProvidersAnswer() {
        stub.tokenAnswers(new Answer(400, "{\"error\":\"invalid_grant\",\"error_description\":\"secret-detail\"}",
                Duration.ZERO));
        var provider = provider(oidc(Optional.empty(), Duration.ofSeconds(2)));

        assertThatThrownBy(() -> provider.identify("code-1", PROOF)).isInstanceOf(ProviderFailed.class)
                .hasMessageNotContaining("secret-detail").extracting(e -> ((ProviderFailed) e).code())
                .isEqualTo("provider-failed");
        assertThat(stub.lastUserInfoRequest()).isEmpty();
    }

    @Test
    void aRefusedAccessTokenFails() {
        stub.userInfoAnswers(new Answer(401, "", Duration.ZERO));

        assertThatThrownBy(() -> provider(oidc(Optional.empty(), Duration.ofSeconds(2))).identify("code-1", PROOF))
                .isInstanceOf(ProviderFailed.class);
    }

    @Test
    void answersWithoutTokenOrSubjectOrJsonFail() {
        var provider = provider(oidc(Optional.empty(), Duration.ofSeconds(2)));

        stub.tokenAnswers(Answer.json("{\"token_type\":\"bearer\"}"));
        assertThatThrownBy(() -> provider.identify("c", PROOF)).isInstanceOf(ProviderFailed.class);

        stub.tokenAnswers(tokenWith("{\"aud\":\"parlor-client\",\"nonce\":\"" + StubProvider.NONCE + "\"}"));
        stub.userInfoAnswers(Answer.json("{\"email\":\"ana@example.com\"}"));
        assertThatThrownBy(() -> provider.identify("c", PROOF)).isInstanceOf(ProviderFailed.class);

        stub.userInfoAnswers(Answer.json("{\"sub\":1.5}"));
        assertThatThrownBy(() -> provider.identify("c", PROOF)).isInstanceOf(ProviderFailed.class);

        stub.userInfoAnswers(Answer.json("<html>maintenance</html>"));
        assertThatThrownBy(() -> provider.identify("c", PROOF)).isInstanceOf(ProviderFailed.class);

        stub.userInfoAnswers(Answer.json("[\"sub\"]"));
        assertThatThrownBy(() -> provider.identify("c", PROOF)).isInstanceOf(ProviderFailed.class);
    }

    @Test
    void anOversizedAnswerIsRefused() {
        stub.userInfoAnswers(Answer.json("{\"sub\":\"s-1\",\"padding\":\""
                + "x".repeat(OAuth2IdentityProvider.MAX_RESPONSE_BYTES) + "\"}"));

        assertThatThrownBy(() -> provider(oidc(Optional.empty(), Duration.ofSeconds(2))).identify("c", PROOF))
                .isInstanceOf(ProviderFailed.class);
    }

    @Test
    void aSlowProviderFailsWithinTheTimeout() {
        stub.tokenAnswers(new Answer(200, "{\"access_token\":\"at-1\"}", Duration.ofSeconds(3)));
        var provider = provider(oidc(Optional.empty(), Duration.ofMillis(300)));
        long started = System.nanoTime();

        assertThatThrownBy(() -> provider.identify("code-1", PROOF)).isInstanceOf(ProviderFailed.class);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void anUnreachableProviderFails() {
        var settings = oidc(Optional.empty(), Duration.ofSeconds(1));
        stub.close();

        assertThatThrownBy(() -> provider(settings).identify("code-1", PROOF)).isInstanceOf(ProviderFailed.class);
    }

    private static Answer tokenWith(String idTokenClaims) {
        return Answer.json("{\"access_token\":\"at-1\",\"id_token\":\"" + StubProvider.idToken(idTokenClaims) + "\"}");
    }

    @Test
    void anIdTokenOfAnotherLoginOrAnotherClientOrNoneAtAllIsRefused() {
        var provider = provider(oidc(Optional.empty(), Duration.ofSeconds(2)));

        stub.tokenAnswers(tokenWith("{\"aud\":\"parlor-client\",\"nonce\":\"nonce-of-another-login-99\"}"));
        assertThatThrownBy(() -> provider.identify("c", PROOF)).isInstanceOf(ProviderFailed.class);
        stub.tokenAnswers(tokenWith("{\"aud\":\"parlor-client\"}"));
        assertThatThrownBy(() -> provider.identify("c", PROOF)).isInstanceOf(ProviderFailed.class);
        stub.tokenAnswers(tokenWith("{\"aud\":\"someone-else\",\"nonce\":\"" + StubProvider.NONCE + "\"}"));
        assertThatThrownBy(() -> provider.identify("c", PROOF)).isInstanceOf(ProviderFailed.class);
        stub.tokenAnswers(Answer.json("{\"access_token\":\"at-1\"}"));
        assertThatThrownBy(() -> provider.identify("c", PROOF)).isInstanceOf(ProviderFailed.class);
        stub.tokenAnswers(Answer.json("{\"access_token\":\"at-1\",\"id_token\":\"not-a-jwt\"}"));
        assertThatThrownBy(() -> provider.identify("c", PROOF)).isInstanceOf(ProviderFailed.class);
        assertThat(stub.lastUserInfoRequest()).isEmpty();

        stub.tokenAnswers(tokenWith("{\"aud\":[\"other\",\"parlor-client\"],\"nonce\":\"" + StubProvider.NONCE + "\"}"));
        stub.userInfoAnswers(Answer.json("{\"sub\":\"s-1\"}"));
        assertThat(provider.identify("c", PROOF).subject()).isEqualTo("s-1");
    }

    @Test
    void aProviderWithoutOpenIdGetsPkceButNoNonceAndNeedsNoIdToken() {
        var plain = new OAuth2ProviderSettings("kakao", URI.create("https://kauth.kakao.com/oauth/authorize"),
                stub.uri("/token"), stub.uri("/userinfo"), "rest-api-key", Optional.empty(), List.of("profile"),
                URI.create("https://parlor.example/auth/oauth/kakao/callback"), "id", "", "", "", Duration.ofSeconds(2));
        stub.tokenAnswers(Answer.json("{\"access_token\":\"at-1\"}"));
        stub.userInfoAnswers(Answer.json("{\"id\":42}"));

        assertThat(provider(plain).identify("c", PROOF).subject()).isEqualTo("42");
        assertThat(formOf(stub.lastTokenRequest().orElseThrow().body())).containsEntry("code_verifier",
                PROOF.codeVerifier());
        assertThat(formOf(provider(plain).authorizationUri("s", PROOF).getRawQuery())).containsEntry(
                "code_challenge_method", "S256").doesNotContainKey("nonce");
    }

    @Test
    void settingsRefuseWhatCannotWork() {
        assertThatThrownBy(() -> new OAuth2ProviderSettings("Kakao!", CALLBACK, CALLBACK, CALLBACK, "id",
                Optional.empty(), List.of(), CALLBACK, "id", "", "", "", Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OAuth2ProviderSettings("kakao", URI.create("/relative"), CALLBACK, CALLBACK, "id",
                Optional.empty(), List.of(), CALLBACK, "id", "", "", "", Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("authorization-uri");
        assertThatThrownBy(() -> new OAuth2ProviderSettings("kakao", CALLBACK, CALLBACK, CALLBACK, " ",
                Optional.empty(), List.of(), CALLBACK, "id", "", "", "", Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("client-id");
        assertThat(new OAuth2ProviderSettings("kakao", CALLBACK, CALLBACK, CALLBACK, "id", Optional.of("s3cret"),
                List.of(), CALLBACK, "id", "", "", "", Duration.ofSeconds(1)).toString()).doesNotContain("s3cret");
    }
}
