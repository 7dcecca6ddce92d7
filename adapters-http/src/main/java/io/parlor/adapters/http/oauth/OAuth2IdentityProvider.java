package io.parlor.adapters.http.oauth;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.parlor.application.membership.port.out.ExternalIdentity;
import io.parlor.application.membership.port.out.IdentityProvider;
import io.parlor.application.membership.port.out.LoginProof;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.MemberName;
import io.parlor.domain.membership.ProviderFailed;
import io.parlor.domain.shared.InvalidValue;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One OAuth 2.0 / OpenID Connect provider, spoken to as a confidential client: the code is
 * exchanged at the token endpoint (form-encoded, client id and secret in the body), then the
 * access token is presented to the user-info endpoint, whose JSON is read by the configured paths.
 *
 * <p>Every authorization request carries a PKCE challenge (S256) whose verifier goes with the
 * code, and, for an OpenID Connect provider (scope {@code openid}), a nonce that the ID token of
 * the token response must carry, for this client. The ID token comes straight from the token
 * endpoint over TLS, which OpenID Connect Core 3.1.3.7 accepts in place of checking its signature.
 *
 * <p>Whatever goes wrong (an error status, a timeout, JSON without a subject) becomes
 * {@link ProviderFailed}; the log names the provider, the step and the status, never a body,
 * since bodies carry tokens and personal data.
 */
public final class OAuth2IdentityProvider implements IdentityProvider {

    private static final Logger LOG = LoggerFactory.getLogger(OAuth2IdentityProvider.class);
    /** Larger answers are refused unread: no token or user-info response comes near it. */
    static final int MAX_RESPONSE_BYTES = 256 * 1024;

    private final OAuth2ProviderSettings settings;
    private final HttpClient http;
    private final JsonMapper json;

    /** @param http a client that follows no redirects; its connect timeout bounds every connection */
    public OAuth2IdentityProvider(OAuth2ProviderSettings settings, HttpClient http, JsonMapper json) {
        this.settings = settings;
        this.http = http;
        this.json = json;
    }

    @Override
    public URI authorizationUri(String state, LoginProof proof) {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("response_type", "code");
        parameters.put("client_id", settings.clientId());
        parameters.put("redirect_uri", settings.redirectUri().toString());
        if (!settings.scopes().isEmpty()) {
            parameters.put("scope", String.join(" ", settings.scopes()));
        }
        parameters.put("state", state);
        parameters.put("code_challenge", challengeOf(proof.codeVerifier()));
        parameters.put("code_challenge_method", "S256");
        if (isOpenIdConnect()) {
            parameters.put("nonce", proof.nonce());
        }
        String base = settings.authorizationUri().toString();
        return URI.create(base + (settings.authorizationUri().getRawQuery() == null ? "?" : "&") + form(parameters));
    }

    @Override
    public ExternalIdentity identify(String authorizationCode, LoginProof proof) {
        JsonNode tokens = exchange(authorizationCode, proof);
        if (isOpenIdConnect()) {
            requireIdTokenFor(tokens, proof);
        }
        String accessToken = JsonPaths.text(tokens, "access_token")
                .filter(token -> !token.isBlank())
                .orElseThrow(() -> failed("token", "no access_token"));
        JsonNode user = userInfo(accessToken);
        String subject = JsonPaths.text(user, settings.subjectPath()).orElseThrow(() -> failed("user-info", "no subject"));
        try {
            return new ExternalIdentity(settings.name(), subject, email(user),
                    JsonPaths.isTrue(user, settings.emailVerifiedPath()), name(user));
        } catch (InvalidValue unusableSubject) {
            throw failed("user-info", "unusable subject");
        }
    }

    private boolean isOpenIdConnect() {
        return settings.scopes().contains("openid");
    }

    /** The ID token must name this client and carry the nonce of this login's request. */
    private void requireIdTokenFor(JsonNode tokens, LoginProof proof) {
        String idToken = JsonPaths.text(tokens, "id_token").orElseThrow(() -> failed("token", "no id_token"));
        String[] parts = idToken.split("\\.", -1);
        if (parts.length != 3) {
            throw failed("token", "an id_token that is no JWT");
        }
        JsonNode claims;
        try {
            claims = json.readValue(Base64.getUrlDecoder().decode(parts[1]), JsonNode.class);
        } catch (IOException | IllegalArgumentException unreadable) {
            throw failed("token", "an unreadable id_token");
        }
        if (claims == null || !claims.isObject()) {
            throw failed("token", "an unreadable id_token");
        }
        if (!JsonPaths.text(claims, "nonce").filter(proof.nonce()::equals).isPresent()) {
            throw failed("token", "an id_token of another nonce");
        }
        if (!namesThisClient(claims.get("aud"))) {
            throw failed("token", "an id_token for another client");
        }
    }

    /** {@code aud} is this client's id, or a list that holds it. */
    private boolean namesThisClient(JsonNode audience) {
        if (audience == null) {
            return false;
        }
        if (audience.isString()) {
            return settings.clientId().equals(audience.getStringValue());
        }
        if (audience.isArray()) {
            for (JsonNode one : audience.values()) {
                if (one.isString() && settings.clientId().equals(one.getStringValue())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** RFC 7636 S256: the verifier's SHA-256, base64url without padding. */
    static String challengeOf(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has SHA-256", e);
        }
    }

    private JsonNode exchange(String code, LoginProof proof) {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("grant_type", "authorization_code");
        parameters.put("code", code);
        parameters.put("code_verifier", proof.codeVerifier());
        parameters.put("redirect_uri", settings.redirectUri().toString());
        parameters.put("client_id", settings.clientId());
        settings.clientSecret().ifPresent(secret -> parameters.put("client_secret", secret));
        var request = HttpRequest.newBuilder(settings.tokenUri())
                .timeout(settings.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form(parameters)))
                .build();
        return call("token", request);
    }

    private JsonNode userInfo(String accessToken) {
        var request = HttpRequest.newBuilder(settings.userInfoUri())
                .timeout(settings.timeout())
                .header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/json")
                .GET()
                .build();
        return call("user-info", request);
    }

    private JsonNode call(String step, HttpRequest request) {
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw failed(step, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(step, "interrupted");
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw failed(step, "status " + response.statusCode());
            }
            byte[] bytes = body.readNBytes(MAX_RESPONSE_BYTES + 1);
            if (bytes.length > MAX_RESPONSE_BYTES) {
                throw failed(step, "an answer over " + MAX_RESPONSE_BYTES + " bytes");
            }
            JsonNode root = json.readValue(bytes, JsonNode.class);
            if (root == null || !root.isObject()) {
                throw failed(step, "no JSON object");
            }
            return root;
        } catch (IOException e) {
            throw failed(step, "an unreadable answer");
        }
    }

    private Optional<Email> email(JsonNode user) {
        return JsonPaths.text(user, settings.emailPath()).flatMap(text -> {
            try {
                return Optional.of(new Email(text));
            } catch (InvalidValue notAnAddress) {
                return Optional.empty();
            }
        });
    }

    private Optional<MemberName> name(JsonNode user) {
        return JsonPaths.text(user, settings.namePath()).flatMap(text -> {
            try {
                return Optional.of(new MemberName(text));
            } catch (InvalidValue unusable) {
                return Optional.empty();
            }
        });
    }

    private ProviderFailed failed(String step, String why) {
        LOG.warn("Identity provider {} failed at the {} step: {}", settings.name(), step, why);
        return new ProviderFailed();
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
