package io.parlor.adapters.http.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.json.JsonMapper;
import io.parlor.application.membership.port.out.IdentityProviders;
import io.parlor.application.membership.port.out.IdentityProvidersContract;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OAuth2IdentityProvidersTest extends IdentityProvidersContract {

    private static OAuth2ProviderSettings named(String name) {
        URI uri = URI.create("https://" + name + ".example/endpoint");
        return new OAuth2ProviderSettings(name, uri, uri, uri, "client", Optional.empty(), List.of("openid"), uri,
                "sub", "email", "email_verified", "name", Duration.ofSeconds(5));
    }

    @Override
    protected IdentityProviders newSubjectWithKakaoAndMock() {
        return new OAuth2IdentityProviders(List.of(named("kakao"), named("mock")), JsonMapper.createDefault());
    }

    @Test
    void namesTheConfiguredProviders() {
        var providers = new OAuth2IdentityProviders(List.of(named("mock"), named("kakao")), JsonMapper.createDefault());

        assertThat(providers.names()).containsExactly("kakao", "mock");
    }

    @Test
    void refusesTwoProvidersOfOneName() {
        assertThatThrownBy(() -> new OAuth2IdentityProviders(List.of(named("kakao"), named("kakao")),
                JsonMapper.createDefault())).isInstanceOf(IllegalArgumentException.class);
    }
}
