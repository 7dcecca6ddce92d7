package io.parlor.adapters.http.oauth;

import io.micronaut.json.JsonMapper;
import io.parlor.application.membership.port.out.IdentityProvider;
import io.parlor.application.membership.port.out.IdentityProviders;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The configured providers, each with an HTTP client of its own whose connect timeout is the
 * provider's timeout and which follows no redirects (a token or user-info endpoint that redirects
 * is misconfigured, and a bearer token must not travel on).
 */
public final class OAuth2IdentityProviders implements IdentityProviders {

    private final Map<String, IdentityProvider> byName;

    /** @throws IllegalArgumentException if two providers share a name */
    public OAuth2IdentityProviders(List<OAuth2ProviderSettings> providers, JsonMapper json) {
        this.byName = providers.stream().collect(Collectors.toUnmodifiableMap(OAuth2ProviderSettings::name,
                settings -> (IdentityProvider) new OAuth2IdentityProvider(settings, clientFor(settings), json),
                (a, b) -> {
                    throw new IllegalArgumentException("two identity providers share a name");
                }));
    }

    @Override
    public Optional<IdentityProvider> named(String provider) {
        return Optional.ofNullable(provider).map(byName::get);
    }

    private static HttpClient clientFor(OAuth2ProviderSettings settings) {
        return HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The names of the configured providers. */
    public List<String> names() {
        return byName.keySet().stream().sorted().toList();
    }
}
