package io.parlor.application.membership;

import static io.parlor.application.membership.MembershipFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.application.membership.port.in.SignUp;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.EmailTaken;
import io.parlor.domain.membership.MemberName;
import io.parlor.domain.membership.MemberStatus;
import io.parlor.domain.membership.Phone;
import io.parlor.domain.membership.Role;
import io.parlor.domain.membership.WeakPassword;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignUpTest {

    private final MembershipFixture fixture = new MembershipFixture();

    @Test
    void aNewCustomerWaitsForTheCodeMailedToIt() {
        var member = fixture.useCases.signUp().signUp(new SignUp.Command(new Email(" Ana@Example.com"), PASSWORD,
                new MemberName("Ana Kim"), Optional.of(new Phone("010-1234-5678"))));

        assertThat(member.email()).isEqualTo("ana@example.com");
        assertThat(member.status()).isEqualTo(MemberStatus.PENDING_VERIFICATION);
        assertThat(member.roles()).containsExactly(Role.CUSTOMER);
        assertThat(member.phone()).contains("010-1234-5678");
        assertThat(fixture.lastCodeTo("ana@example.com")).matches("[0-9]{6}");
    }

    @Test
    void isActiveAtOnceWhenVerificationIsNotRequired() {
        var fixture = new MembershipFixture(MembershipSettings.defaults().withEmailVerificationRequired(false));

        var member = fixture.signUp("ana@example.com");

        assertThat(member.status()).isEqualTo(MemberStatus.ACTIVE);
        assertThat(fixture.mailer.outbox()).isEmpty();
    }

    @Test
    void refusesAnEmailAlreadyRegisteredWhateverItsCase() {
        fixture.signUp("ana@example.com");

        assertThatThrownBy(() -> fixture.signUp("ANA@example.com")).isInstanceOf(EmailTaken.class)
                .extracting(e -> ((EmailTaken) e).code()).isEqualTo("email-taken");
    }

    @Test
    void refusesACommonPassword() {
        var command = new SignUp.Command(new Email("ana@example.com"), "password123", new MemberName("Ana"),
                Optional.empty());

        assertThatThrownBy(() -> fixture.useCases.signUp().signUp(command)).isInstanceOf(WeakPassword.class);
        assertThat(fixture.members.findByEmail(new Email("ana@example.com"))).isEmpty();
    }
}
