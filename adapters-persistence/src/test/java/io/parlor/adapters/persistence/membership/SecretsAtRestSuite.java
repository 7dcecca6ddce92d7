package io.parlor.adapters.persistence.membership;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.adapters.persistence.shared.JdbcTransactionRunner;
import io.parlor.adapters.persistence.shared.TestDatabase;
import io.parlor.application.membership.MembershipPorts;
import io.parlor.application.membership.MembershipSettings;
import io.parlor.application.membership.MembershipUseCases;
import io.parlor.application.membership.inmemory.InMemoryAccessTokens;
import io.parlor.application.membership.inmemory.InMemoryIdentityProviders;
import io.parlor.application.membership.inmemory.InMemoryLoginTickets;
import io.parlor.application.membership.inmemory.InMemoryMailer;
import io.parlor.application.membership.inmemory.InMemoryOneTimeCodes;
import io.parlor.application.membership.inmemory.InMemoryPasswordHasher;
import io.parlor.application.membership.port.in.LogIn;
import io.parlor.application.membership.port.in.MemberView;
import io.parlor.application.membership.port.in.RefreshSession;
import io.parlor.application.membership.port.in.RequestPasswordReset;
import io.parlor.application.membership.port.in.SignUp;
import io.parlor.application.membership.port.in.Withdraw;
import io.parlor.application.membership.system.SystemSecretGenerator;
import io.parlor.application.shared.Platform;
import io.parlor.application.shared.inmemory.InProcessDomainEventBus;
import io.parlor.application.shared.system.SystemIdGenerator;
import io.parlor.application.shared.system.SystemTimeSource;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.MemberName;
import io.parlor.domain.membership.SecretDigest;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The membership use cases over the JDBC stores on one database, then every text column of the
 * membership tables read back with plain SQL: digests and hashes are there, secrets are not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SecretsAtRestSuite {

    private static final String PASSWORD = "only the hasher sees this";
    private static final Pattern TEMPORARY_PASSWORD = Pattern.compile("temporary Parlor password is (\\S+) ");

    private final InMemoryMailer mailer = new InMemoryMailer();
    @RegisterExtension
    final TestDatabase database;
    private MembershipUseCases useCases;
    private TextAtRest textAtRest;

    protected SecretsAtRestSuite(TestDatabase database) {
        this.database = database;
    }

    @BeforeAll
    void start() {
        textAtRest = new TextAtRest(database.context());
        useCases = MembershipUseCases.wire(new MembershipPorts(new Platform(database.bean(JdbcTransactionRunner.class),
                new InProcessDomainEventBus(), new SystemTimeSource(), new SystemIdGenerator()),
                database.bean(JdbcMembers.class), database.bean(JdbcShops.class),
                database.bean(JdbcShopCustomers.class), database.bean(JdbcRefreshTokens.class),
                new InMemoryOneTimeCodes(), new InMemoryPasswordHasher(), new InMemoryAccessTokens(), mailer,
                new SystemSecretGenerator(), database.bean(JdbcSocialIdentities.class), new InMemoryLoginTickets(),
                new InMemoryIdentityProviders(Map.of())), MembershipSettings.defaults().withEmailVerificationRequired(false));
    }

    @Test
    void storesTheDigestsAndHashesOfSecretsButNeverTheSecrets() {
        var email = freshEmail();
        signUp(email);
        var login = useCases.logIn().logIn(new LogIn.Command(email, PASSWORD, Optional.empty()));
        var refreshed = useCases.refreshSession().refresh(new RefreshSession.Command(login.refreshToken()));
        useCases.requestPasswordReset().request(new RequestPasswordReset.Command(email));
        var temporary = temporaryPasswordMailedTo(email);
        var hash = database.bean(JdbcMembers.class).findByEmail(email).orElseThrow().state().password().orElseThrow();

        var stored = textAtRest.values();

        assertThat(stored).contains(hash.encoded(), SecretDigest.of(login.refreshToken()).hex(),
                SecretDigest.of(refreshed.refreshToken()).hex());
        assertThat(stored)
                .noneMatch(value -> value.contains(PASSWORD))
                .noneMatch(value -> value.contains(login.refreshToken()))
                .noneMatch(value -> value.contains(refreshed.refreshToken()))
                .noneMatch(value -> value.contains(temporary));
    }

    @Test
    void keepsOnlyTheDigestOfAWithdrawnMembersEmail() {
        var email = freshEmail();
        var member = signUp(email);

        useCases.withdraw().withdraw(new Withdraw.Command(member.id(), PASSWORD));

        var stored = textAtRest.values();
        assertThat(stored).contains(email.digest().hex()).noneMatch(value -> value.contains(email.value()));
    }

    @Test
    void readsEveryColumnThatCouldHoldASecret() {
        var columns = textAtRest.columns();

        assertThat(columns).contains("members.email", "members.former_email_digest", "members.password_hash",
                "members.temporary_password_hash", "refresh_tokens.digest");
    }

    private MemberView signUp(Email email) {
        return useCases.signUp().signUp(new SignUp.Command(email, PASSWORD, new MemberName("Ana Kim"),
                Optional.empty()));
    }

    private String temporaryPasswordMailedTo(Email email) {
        var matcher = TEMPORARY_PASSWORD.matcher(mailer.lastTo(email).orElseThrow().text());
        assertThat(matcher.find()).as("a temporary password in the mail").isTrue();
        return matcher.group(1);
    }

    private static Email freshEmail() {
        return new Email("secret-" + UUID.randomUUID() + "@example.com");
    }
}
