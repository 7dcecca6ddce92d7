package io.parlor.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.parlor.application.membership.MembershipPorts;
import io.parlor.application.membership.MembershipUseCases;
import io.parlor.application.membership.inmemory.InMemoryOneTimeCodes;
import io.parlor.application.membership.port.out.AccessTokens;
import io.parlor.application.membership.port.out.IdentityProviders;
import io.parlor.application.membership.port.out.LoginTickets;
import io.parlor.application.membership.port.out.Mailer;
import io.parlor.application.membership.port.out.Members;
import io.parlor.application.membership.port.out.OneTimeCodes;
import io.parlor.application.membership.port.out.PasswordHasher;
import io.parlor.application.membership.port.out.RefreshTokens;
import io.parlor.application.membership.port.out.SecretGenerator;
import io.parlor.application.membership.port.out.ShopCustomers;
import io.parlor.application.membership.port.out.Shops;
import io.parlor.application.membership.port.out.SocialIdentities;
import io.parlor.application.membership.system.SystemSecretGenerator;
import io.parlor.application.shared.Platform;
import jakarta.inject.Singleton;

/**
 * Builds the membership use cases from the configured adapters. Each port is a bean of its
 * own, so that a deployment or a test can replace one without touching the others.
 */
@Factory
class MembershipFactory {

    @Singleton
    SecretGenerator secretGenerator() {
        return new SystemSecretGenerator();
    }

    @Singleton
    @Requires(missingProperty = RedisFactory.URI)
    OneTimeCodes inProcessOneTimeCodes() {
        return new InMemoryOneTimeCodes();
    }

    @Singleton
    MembershipPorts membershipPorts(Platform platform, Members members, Shops shops, ShopCustomers shopCustomers,
                                    RefreshTokens refreshTokens, OneTimeCodes oneTimeCodes,
                                    PasswordHasher passwordHasher, AccessTokens accessTokens, Mailer mailer,
                                    SecretGenerator secrets, SocialIdentities socialIdentities,
                                    LoginTickets loginTickets, IdentityProviders identityProviders) {
        return new MembershipPorts(platform, members, shops, shopCustomers, refreshTokens, oneTimeCodes,
                passwordHasher, accessTokens, mailer, secrets, socialIdentities, loginTickets, identityProviders);
    }

    @Singleton
    MembershipUseCases membershipUseCases(MembershipPorts ports, MembershipConfiguration configuration) {
        return MembershipUseCases.wire(ports, configuration.toSettings());
    }
}
