package io.parlor.application.membership;

import io.parlor.application.membership.inmemory.InMemoryAccessTokens;
import io.parlor.application.membership.inmemory.InMemoryIdentityProviders;
import io.parlor.application.membership.inmemory.InMemoryLoginTickets;
import io.parlor.application.membership.inmemory.InMemoryMailer;
import io.parlor.application.membership.inmemory.InMemoryMembers;
import io.parlor.application.membership.inmemory.InMemoryOneTimeCodes;
import io.parlor.application.membership.inmemory.InMemoryRefreshTokens;
import io.parlor.application.membership.inmemory.InMemorySecretGenerator;
import io.parlor.application.membership.inmemory.InMemoryShopCustomers;
import io.parlor.application.membership.inmemory.InMemoryShops;
import io.parlor.application.membership.inmemory.InMemorySocialIdentities;
import io.parlor.application.membership.inmemory.InMemoryPasswordHasher;
import io.parlor.application.membership.port.in.LogIn;
import io.parlor.application.membership.port.in.MemberView;
import io.parlor.application.membership.port.in.SignUp;
import io.parlor.application.membership.port.in.Tokens;
import io.parlor.application.membership.port.in.VerifyEmail;
import io.parlor.application.shared.Platform;
import io.parlor.application.shared.inmemory.InMemoryIdGenerator;
import io.parlor.application.shared.inmemory.InMemoryTimeSource;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.application.shared.inmemory.InProcessDomainEventBus;
import io.parlor.application.shared.port.out.Inbox;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.MemberName;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The real use cases over in-memory adapters, with a clock the test moves. */
final class MembershipFixture {

    static final Instant START = Instant.parse("2026-11-21T09:30:00Z");
    static final String PASSWORD = "correct horse battery";
    private static final Pattern CODE = Pattern.compile("\\b([0-9]{6})\\b");

    final InMemoryTimeSource time = new InMemoryTimeSource(START);
    final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    final InMemoryMembers members = new InMemoryMembers(transactions);
    final InMemoryShops shops = new InMemoryShops(transactions);
    final InMemoryShopCustomers customers = new InMemoryShopCustomers(transactions, members);
    final InMemoryRefreshTokens refreshTokens = new InMemoryRefreshTokens(transactions);
    final InMemoryMailer mailer = new InMemoryMailer();
    final InMemoryAccessTokens accessTokens = new InMemoryAccessTokens();
    final InProcessDomainEventBus events = new InProcessDomainEventBus();
    final InMemorySocialIdentities socialIdentities = new InMemorySocialIdentities(transactions);
    final InMemoryLoginTickets loginTickets = new InMemoryLoginTickets();
    final FakeIdentityProvider provider = new FakeIdentityProvider(FakeIdentityProvider.NAME);
    final FakeIdentityProvider otherProvider = new FakeIdentityProvider("other");
    final Inbox published = new Inbox();
    final MembershipUseCases useCases;

    MembershipFixture() {
        this(MembershipSettings.defaults());
    }

    MembershipFixture(MembershipSettings settings) {
        events.subscribe(MembershipUseCases.TOPIC, published);
        useCases = MembershipUseCases.wire(new MembershipPorts(
                new Platform(transactions, events, time, new InMemoryIdGenerator()), members, shops, customers,
                refreshTokens, new InMemoryOneTimeCodes(), new InMemoryPasswordHasher(), accessTokens, mailer,
                new InMemorySecretGenerator(), socialIdentities, loginTickets, new InMemoryIdentityProviders(Map.of(provider.name(), provider, otherProvider.name(),
                otherProvider))), settings);
    }

    MemberView signUp(String email) {
        return useCases.signUp().signUp(new SignUp.Command(new Email(email), PASSWORD, new MemberName("Ana Kim"),
                Optional.empty()));
    }

    /** A member that signed up and verified its email. */
    MemberView activeMember(String email) {
        signUp(email);
        return useCases.verifyEmail().verify(new VerifyEmail.Command(new Email(email), lastCodeTo(email)));
    }

    Tokens logIn(String email, String password) {
        return useCases.logIn().logIn(new LogIn.Command(new Email(email), password, Optional.empty()));
    }

    /** The six-digit code of the newest mail to {@code email}. */
    String lastCodeTo(String email) {
        String text = mailer.lastTo(new Email(email)).orElseThrow().text();
        var matcher = CODE.matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("no code in: " + text);
        }
        return matcher.group(1);
    }

    int mailsTo(String email) {
        return (int) mailer.outbox().stream().filter(m -> m.to().equals(new Email(email))).count();
    }
}
