package io.parlor.bootstrap;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import io.parlor.adapters.http.oauth.OAuth2IdentityProviders;
import io.parlor.application.membership.inmemory.InMemoryLoginTickets;
import io.parlor.application.membership.port.out.IdentityProviders;
import io.parlor.application.membership.port.out.LoginTickets;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The identity providers configured under {@code parlor.oauth.providers} (none by default: every
 * social login then answers {@code provider-not-found}), and the in-process login tickets of the
 * embedded default (Redis keeps them when configured).
 */
@Factory
class SocialLoginFactory {

    private static final Logger LOG = LoggerFactory.getLogger(SocialLoginFactory.class);

    /** Built at start, so that a provider configured wrongly stops the server rather than its first login. */
    @Context
    IdentityProviders identityProviders(List<OAuthProviderConfiguration> providers, JsonMapper json) {
        var configured = new OAuth2IdentityProviders(providers.stream().map(OAuthProviderConfiguration::toSettings)
                .toList(), json);
        if (!configured.names().isEmpty()) {
            LOG.info("social login through {}", configured.names());
        }
        return configured;
    }

    @Singleton
    @Requires(missingProperty = RedisFactory.URI)
    LoginTickets inProcessLoginTickets() {
        return new InMemoryLoginTickets();
    }
}
