package io.parlor.application.membership;

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
import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.application.shared.port.out.IdGenerator;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import java.util.Objects;

/**
 * Every secondary port the membership use cases need, to be handed to {@link MembershipUseCases#wire}.
 *
 * @param socialIdentities  which member each identity-provider account logs in
 * @param loginTickets      the short-lived {@code state} and login-key tickets of social logins
 * @param identityProviders the configured identity providers; one with none configured refuses every social login
 */
public record MembershipPorts(Members members, Shops shops, ShopCustomers shopCustomers, RefreshTokens refreshTokens,
        OneTimeCodes oneTimeCodes, PasswordHasher passwordHasher, AccessTokens accessTokens, Mailer mailer,
        SecretGenerator secrets, TransactionRunner transactions, DomainEventBus events, TimeSource time,
        IdGenerator ids, SocialIdentities socialIdentities, LoginTickets loginTickets,
        IdentityProviders identityProviders) {

    public MembershipPorts {
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(shops, "shops");
        Objects.requireNonNull(shopCustomers, "shopCustomers");
        Objects.requireNonNull(refreshTokens, "refreshTokens");
        Objects.requireNonNull(oneTimeCodes, "oneTimeCodes");
        Objects.requireNonNull(passwordHasher, "passwordHasher");
        Objects.requireNonNull(accessTokens, "accessTokens");
        Objects.requireNonNull(mailer, "mailer");
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(socialIdentities, "socialIdentities");
        Objects.requireNonNull(loginTickets, "loginTickets");
        Objects.requireNonNull(identityProviders, "identityProviders");
    }
}
