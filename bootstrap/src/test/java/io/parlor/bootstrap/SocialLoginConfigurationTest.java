package io.parlor.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.parlor.adapters.http.oauth.OAuth2ProviderSettings;
import io.parlor.application.membership.port.out.IdentityProviders;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The keys under {@code parlor.oauth.providers} as the README documents them. */
class SocialLoginConfigurationTest {

    @Test
    void bindsEachProviderWithOpenIdConnectDefaultsAndKakaosPaths() throws IOException {
        var properties = Map.<String, Object>ofEntries(
                Map.entry("parlor.data-dir", Files.createTempDirectory("parlor-config").toString()),
                Map.entry("parlor.oauth.providers.kakao.authorization-uri", "https://kauth.kakao.com/oauth/authorize"),
                Map.entry("parlor.oauth.providers.kakao.token-uri", "https://kauth.kakao.com/oauth/token"),
                Map.entry("parlor.oauth.providers.kakao.user-info-uri", "https://kapi.kakao.com/v2/user/me"),
                Map.entry("parlor.oauth.providers.kakao.client-id", "kakao-rest-api-key"),
                Map.entry("parlor.oauth.providers.kakao.client-secret", "kakao-secret"),
                Map.entry("parlor.oauth.providers.kakao.redirect-uri", "https://parlor.example/auth/oauth/kakao/callback"),
                Map.entry("parlor.oauth.providers.kakao.subject-path", "id"),
                Map.entry("parlor.oauth.providers.kakao.email-path", "kakao_account.email"),
                Map.entry("parlor.oauth.providers.kakao.email-verified-path", "kakao_account.is_email_verified"),
                Map.entry("parlor.oauth.providers.kakao.name-path", "properties.nickname"),
                Map.entry("parlor.oauth.providers.kakao.timeout", "3s"),
                Map.entry("parlor.oauth.providers.google.authorization-uri", "https://accounts.google.com/o/oauth2/v2/auth"),
                Map.entry("parlor.oauth.providers.google.token-uri", "https://oauth2.googleapis.com/token"),
                Map.entry("parlor.oauth.providers.google.user-info-uri", "https://openidconnect.googleapis.com/v1/userinfo"),
                Map.entry("parlor.oauth.providers.google.client-id", "google-client"),
                Map.entry("parlor.oauth.providers.google.scopes", "openid,email,profile"),
                Map.entry("parlor.oauth.providers.google.redirect-uri", "https://parlor.example/auth/oauth/google/callback"));

        try (var context = ApplicationContext.run(properties)) {
            List<OAuth2ProviderSettings> settings = context.getBeansOfType(OAuthProviderConfiguration.class).stream()
                    .map(OAuthProviderConfiguration::toSettings)
                    .sorted(Comparator.comparing(OAuth2ProviderSettings::name)).toList();

            assertThat(settings).containsExactly(
                    new OAuth2ProviderSettings("google", URI.create("https://accounts.google.com/o/oauth2/v2/auth"),
                            URI.create("https://oauth2.googleapis.com/token"),
                            URI.create("https://openidconnect.googleapis.com/v1/userinfo"), "google-client",
                            Optional.empty(), List.of("openid", "email", "profile"),
                            URI.create("https://parlor.example/auth/oauth/google/callback"), "sub", "email",
                            "email_verified", "name", Duration.ofSeconds(5)),
                    new OAuth2ProviderSettings("kakao", URI.create("https://kauth.kakao.com/oauth/authorize"),
                            URI.create("https://kauth.kakao.com/oauth/token"),
                            URI.create("https://kapi.kakao.com/v2/user/me"), "kakao-rest-api-key",
                            Optional.of("kakao-secret"), List.of(),
                            URI.create("https://parlor.example/auth/oauth/kakao/callback"), "id", "kakao_account.email",
                            "kakao_account.is_email_verified", "properties.nickname", Duration.ofSeconds(3)));
            var providers = context.getBean(IdentityProviders.class);
            assertThat(providers.named("kakao")).isPresent();
            assertThat(providers.named("google")).isPresent();
            assertThat(providers.named("naver")).isEmpty();
        }
    }
}
