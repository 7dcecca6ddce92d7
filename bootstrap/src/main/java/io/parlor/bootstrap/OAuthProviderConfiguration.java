package io.parlor.bootstrap;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import io.parlor.adapters.http.oauth.OAuth2ProviderSettings;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One identity provider for social login, as {@code parlor.oauth.providers.<name>.*}; the name
 * appears in {@code /auth/oauth/<name>/authorize}. The paths default to OpenID Connect's
 * standard claims; set a path to an empty string when the provider shares no such field.
 */
@EachProperty("parlor.oauth.providers")
record OAuthProviderConfiguration(
        @Parameter String name,
        @NotNull URI authorizationUri,
        @NotNull URI tokenUri,
        @NotNull URI userInfoUri,
        @NotBlank String clientId,
        @Nullable String clientSecret,
        @Nullable List<String> scopes,
        @NotNull URI redirectUri,
        @Bindable(defaultValue = OAuth2ProviderSettings.OIDC_SUBJECT) @NotBlank String subjectPath,
        @Bindable(defaultValue = OAuth2ProviderSettings.OIDC_EMAIL) String emailPath,
        @Bindable(defaultValue = OAuth2ProviderSettings.OIDC_EMAIL_VERIFIED) String emailVerifiedPath,
        @Bindable(defaultValue = OAuth2ProviderSettings.OIDC_NAME) String namePath,
        @Bindable(defaultValue = "5s") @NotNull Duration timeout) {

    OAuth2ProviderSettings toSettings() {
        return new OAuth2ProviderSettings(name, authorizationUri, tokenUri, userInfoUri, clientId,
                Optional.ofNullable(clientSecret), scopes == null ? List.of() : scopes, redirectUri, subjectPath,
                emailPath, emailVerifiedPath, namePath, timeout);
    }

    @Override
    public String toString() {
        return toSettings().toString();
    }
}
