package io.parlor.application.membership.inmemory;

import io.parlor.application.membership.MembershipPorts;
import io.parlor.application.membership.system.SystemSecretGenerator;
import io.parlor.application.shared.inmemory.InMemoryPlatform;
import java.util.Map;

/** The membership ports all in process: stores joined to the platform's units of work, no identity provider. */
public final class InMemoryMembership {

    private InMemoryMembership() {
    }

    /** In-memory ports on {@code platform}; the withers swap the mailer, the hasher or the identity providers. */
    public static MembershipPorts ports(InMemoryPlatform platform) {
        var transactions = platform.transactions();
        var members = new InMemoryMembers(transactions);
        return new MembershipPorts(platform.platform(), members, new InMemoryShops(transactions),
                new InMemoryShopCustomers(transactions, members), new InMemoryRefreshTokens(transactions),
                new InMemoryOneTimeCodes(), new InMemoryPasswordHasher(), new InMemoryAccessTokens(),
                new InMemoryMailer(), new SystemSecretGenerator(), new InMemorySocialIdentities(transactions),
                new InMemoryLoginTickets(), new InMemoryIdentityProviders(Map.of()));
    }
}
