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
import io.parlor.application.shared.OnPlatform;
import io.parlor.application.shared.Platform;
import java.util.Objects;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Every secondary port the membership use cases need, to be handed to {@link MembershipUseCases#wire}:
 * the shared platform and the stores, which must take part in its units of work, and the ports to
 * the outside world, which a deployment replaces one by one with the withers.
 *
 * @param socialIdentities  which member each identity-provider account logs in
 * @param loginTickets      the short-lived {@code state} and login-key tickets of social logins
 * @param identityProviders the configured identity providers; one with none configured refuses every social login
 */
@SecondaryPort
public record MembershipPorts(Platform platform, Members members, Shops shops, ShopCustomers shopCustomers,
        RefreshTokens refreshTokens, OneTimeCodes oneTimeCodes, PasswordHasher passwordHasher,
        AccessTokens accessTokens, Mailer mailer, SecretGenerator secrets, SocialIdentities socialIdentities,
        LoginTickets loginTickets, IdentityProviders identityProviders) implements OnPlatform {

    public MembershipPorts {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(shops, "shops");
        Objects.requireNonNull(shopCustomers, "shopCustomers");
        Objects.requireNonNull(refreshTokens, "refreshTokens");
        Objects.requireNonNull(oneTimeCodes, "oneTimeCodes");
        Objects.requireNonNull(passwordHasher, "passwordHasher");
        Objects.requireNonNull(accessTokens, "accessTokens");
        Objects.requireNonNull(mailer, "mailer");
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(socialIdentities, "socialIdentities");
        Objects.requireNonNull(loginTickets, "loginTickets");
        Objects.requireNonNull(identityProviders, "identityProviders");
    }

    // The ports to the outside world, swapped one by one (stores come as a set with their units of work).
    public MembershipPorts withPasswordHasher(PasswordHasher passwordHasher) {
        return new MembershipPorts(platform, members, shops, shopCustomers, refreshTokens, oneTimeCodes,
                passwordHasher, accessTokens, mailer, secrets, socialIdentities, loginTickets,
                identityProviders);
    }

    public MembershipPorts withMailer(Mailer mailer) {
        return new MembershipPorts(platform, members, shops, shopCustomers, refreshTokens, oneTimeCodes,
                passwordHasher, accessTokens, mailer, secrets, socialIdentities, loginTickets,
                identityProviders);
    }

    public MembershipPorts withIdentityProviders(IdentityProviders identityProviders) {
        return new MembershipPorts(platform, members, shops, shopCustomers, refreshTokens, oneTimeCodes,
                passwordHasher, accessTokens, mailer, secrets, socialIdentities, loginTickets,
                identityProviders);
    }
}
