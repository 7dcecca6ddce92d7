package io.parlor.adapters.http.oauth;

import io.parlor.domain.membership.SocialIdentity;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to talk to one provider. The four paths pick fields out of the user-info JSON, dotted
 * for nested objects ({@code kakao_account.email}); a blank path means the provider shares no
 * such field.
 *
 * @param name              the provider's name in Parlor's URLs, such as {@code kakao}
 * @param redirectUri       Parlor's callback for this provider, as registered with it
 * @param clientSecret      sent in the token request when present ({@code client_secret_post})
 * @param scopes            joined with spaces; empty leaves the scope to the provider's settings
 * @param timeout           the most one connection or one request to the provider may take
 */
public record OAuth2ProviderSettings(String name, URI authorizationUri, URI tokenUri, URI userInfoUri,
        String clientId, Optional<String> clientSecret, List<String> scopes, URI redirectUri, String subjectPath,
        String emailPath, String emailVerifiedPath, String namePath, Duration timeout) {

    /** The paths of OpenID Connect's standard claims. */
    public static final String OIDC_SUBJECT = "sub";
    public static final String OIDC_EMAIL = "email";
    public static final String OIDC_EMAIL_VERIFIED = "email_verified";
    public static final String OIDC_NAME = "name";

    /** @throws IllegalArgumentException for a name that cannot name a provider or a URI that is not absolute http(s) */
    public OAuth2ProviderSettings {
        if (!SocialIdentity.isProviderName(name)) {
            throw new IllegalArgumentException("a provider name is 1 to 32 of a-z 0-9 -: " + name);
        }
        httpUri(name, authorizationUri, "authorization-uri");
        httpUri(name, tokenUri, "token-uri");
        httpUri(name, userInfoUri, "user-info-uri");
        httpUri(name, redirectUri, "redirect-uri");
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException(name + ": client-id is required");
        }
        clientSecret = Objects.requireNonNull(clientSecret, "clientSecret").filter(secret -> !secret.isBlank());
        scopes = List.copyOf(scopes);
        if (subjectPath == null || subjectPath.isBlank()) {
            throw new IllegalArgumentException(name + ": subject-path is required");
        }
        emailPath = Objects.requireNonNullElse(emailPath, "");
        emailVerifiedPath = Objects.requireNonNullElse(emailVerifiedPath, "");
        namePath = Objects.requireNonNullElse(namePath, "");
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(name + ": timeout must be positive");
        }
    }

    private static void httpUri(String name, URI uri, String key) {
        if (uri == null || !uri.isAbsolute() || uri.getHost() == null
                || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw new IllegalArgumentException(name + ": " + key + " must be an absolute http(s) URI");
        }
    }

    @Override
    public String toString() {
        return "OAuth2ProviderSettings[" + name + ", client " + clientId + ", secret "
                + (clientSecret.isPresent() ? "set" : "unset") + "]";
    }
}
