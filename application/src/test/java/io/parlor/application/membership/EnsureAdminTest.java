package io.parlor.application.membership;

import static io.parlor.application.membership.MembershipFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.application.membership.inmemory.InMemoryPasswordHasher;
import io.parlor.application.membership.port.in.EnsureAdmin;
import io.parlor.application.membership.port.in.ShowProfile;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.MemberName;
import io.parlor.domain.membership.MemberStatus;
import io.parlor.domain.membership.Password;
import io.parlor.domain.membership.PasswordMatch;
import io.parlor.domain.membership.Role;
import org.junit.jupiter.api.Test;

class EnsureAdminTest {

    private final MembershipFixture fixture = new MembershipFixture();

    private EnsureAdmin.Result ensure(String email) {
        return fixture.useCases.ensureAdmin().ensure(new EnsureAdmin.Command(new Email(email), "an admin secret",
                new MemberName("Admin")));
    }

    @Test
    void createsAnActiveAdministratorOnce() {
        var first = ensure("admin@example.com");
        var second = ensure("admin@example.com");

        var profile = fixture.useCases.showProfile().show(new ShowProfile.Query(first.member()));
        assertThat(first.created()).isTrue();
        assertThat(second).isEqualTo(new EnsureAdmin.Result(first.member(), false));
        assertThat(profile.roles()).containsExactly(Role.ADMIN);
        assertThat(profile.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(fixture.logIn("admin@example.com", "an admin secret").accessToken()).isNotBlank();
    }

    @Test
    void neverPromotesOrResetsAnExistingAccount() {
        var existing = fixture.signUp("admin@example.com");

        var result = ensure("admin@example.com");

        var profile = fixture.useCases.showProfile().show(new ShowProfile.Query(existing.id()));
        assertThat(result).isEqualTo(new EnsureAdmin.Result(existing.id(), false));
        assertThat(profile.roles()).containsExactly(Role.CUSTOMER);
        assertThat(fixture.members.findByEmail(new Email("admin@example.com")).orElseThrow()
                .authenticate(new Password(PASSWORD), new InMemoryPasswordHasher(), fixture.time.now()))
                .isEqualTo(PasswordMatch.PASSWORD);
    }
}
