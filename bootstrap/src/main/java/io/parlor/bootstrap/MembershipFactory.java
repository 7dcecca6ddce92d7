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
import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.application.shared.port.out.IdGenerator;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
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
    MembershipUseCases membershipUseCases(Members members, Shops shops, ShopCustomers shopCustomers,
                                          RefreshTokens refreshTokens, OneTimeCodes oneTimeCodes,
                                          PasswordHasher passwordHasher, AccessTokens accessTokens, Mailer mailer,
                                          SecretGenerator secrets, TransactionRunner transactions,
                                          DomainEventBus events, TimeSource time, IdGenerator ids,
                                          SocialIdentities socialIdentities, LoginTickets loginTickets,
                                          IdentityProviders identityProviders, MembershipConfiguration configuration) {
        return MembershipUseCases.wire(new MembershipPorts(members, shops, shopCustomers, refreshTokens, oneTimeCodes,
                passwordHasher, accessTokens, mailer, secrets, transactions, events, time, ids, socialIdentities,
                loginTickets, identityProviders), configuration.toSettings());
    }
}
