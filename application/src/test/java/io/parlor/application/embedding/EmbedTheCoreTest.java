package io.parlor.application.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.application.membership.MembershipPorts;
import io.parlor.application.membership.MembershipSettings;
import io.parlor.application.membership.MembershipUseCases;
import io.parlor.application.membership.inmemory.InMemoryAccessTokens;
import io.parlor.application.membership.inmemory.InMemoryIdentityProviders;
import io.parlor.application.membership.inmemory.InMemoryLoginTickets;
import io.parlor.application.membership.inmemory.InMemoryMailer;
import io.parlor.application.membership.inmemory.InMemoryMembers;
import io.parlor.application.membership.inmemory.InMemoryOneTimeCodes;
import io.parlor.application.membership.inmemory.InMemoryPasswordHasher;
import io.parlor.application.membership.inmemory.InMemoryRefreshTokens;
import io.parlor.application.membership.inmemory.InMemoryShopCustomers;
import io.parlor.application.membership.inmemory.InMemoryShops;
import io.parlor.application.membership.inmemory.InMemorySocialIdentities;
import io.parlor.application.membership.port.in.LogIn;
import io.parlor.application.membership.port.in.SignUp;
import io.parlor.application.membership.system.SystemSecretGenerator;
import io.parlor.application.shared.inmemory.InMemoryIdGenerator;
import io.parlor.application.shared.inmemory.InMemoryTimeSource;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.application.shared.inmemory.InProcessDomainEventBus;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.MemberName;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The README's "Embed the core" example, kept compiling and true by running it. */
class EmbedTheCoreTest {

    @Test
    void theCoreRunsWithInMemoryAdaptersInPlainJava() {
        var transactions = new InMemoryTransactionRunner();
        var mailer = new InMemoryMailer();
        var members = new InMemoryMembers(transactions);
        var ports = new MembershipPorts(members, new InMemoryShops(transactions),
                new InMemoryShopCustomers(transactions, members), new InMemoryRefreshTokens(transactions),
                new InMemoryOneTimeCodes(), new InMemoryPasswordHasher(), new InMemoryAccessTokens(), mailer,
                new SystemSecretGenerator(), transactions, new InProcessDomainEventBus(),
                new InMemoryTimeSource(Instant.parse("2026-11-21T09:00:00Z")), new InMemoryIdGenerator(),
                new InMemorySocialIdentities(transactions), new InMemoryLoginTickets(), new InMemoryIdentityProviders(Map.of()));
        var membership = MembershipUseCases.wire(ports, MembershipSettings.defaults().withEmailVerificationRequired(false));

        membership.signUp().signUp(new SignUp.Command(new Email("ana@example.com"), "violet-harbor-lantern",
                new MemberName("Ana Kim"), Optional.empty()));
        var tokens = membership.logIn().logIn(new LogIn.Command(new Email("ana@example.com"), "violet-harbor-lantern",
                Optional.empty()));

        assertThat(tokens.accessToken()).isNotBlank();
        assertThat(tokens.refreshToken()).isNotBlank();
        assertThat(mailer.outbox()).isEmpty();
    }
}
