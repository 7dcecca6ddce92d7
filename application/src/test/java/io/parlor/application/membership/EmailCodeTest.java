package io.parlor.application.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.application.membership.port.in.RequestEmailCode;
import io.parlor.application.membership.port.in.VerifyEmail;
import io.parlor.domain.membership.CodePurpose;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.InvalidCode;
import io.parlor.domain.membership.MemberStatus;
import io.parlor.domain.membership.TooManyRequests;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EmailCodeTest {

    private static final String ANA = "ana@example.com";

    private final MembershipFixture fixture = new MembershipFixture();

    private void verify(String code) {
        fixture.useCases.verifyEmail().verify(new VerifyEmail.Command(new Email(ANA), code));
    }

    private void requestCode(String email) {
        fixture.useCases.requestEmailCode().request(new RequestEmailCode.Command(new Email(email), CodePurpose.VERIFY));
    }

    @Test
    void theMailedCodeActivatesTheMember() {
        fixture.signUp(ANA);

        var member = fixture.useCases.verifyEmail().verify(new VerifyEmail.Command(new Email(ANA),
                fixture.lastCodeTo(ANA)));

        assertThat(member.status()).isEqualTo(MemberStatus.ACTIVE);
    }

    @Test
    void aWrongCodeIsInvalidAndLeavesTheRightOneUsable() {
        fixture.signUp(ANA);
        String code = fixture.lastCodeTo(ANA);

        assertThatThrownBy(() -> verify("999999")).isInstanceOf(InvalidCode.class)
                .extracting(e -> ((InvalidCode) e).code()).isEqualTo("invalid-code");
        verify(code);

        assertThat(fixture.members.findByEmail(new Email(ANA)).orElseThrow().statusAt(fixture.time.now()))
                .isEqualTo(MemberStatus.ACTIVE);
    }

    @Test
    void fiveWrongTriesBurnTheCode() {
        fixture.signUp(ANA);
        String code = fixture.lastCodeTo(ANA);

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> verify("999999")).isInstanceOf(InvalidCode.class);
        }

        assertThatThrownBy(() -> verify(code)).isInstanceOf(InvalidCode.class);
    }

    @Test
    void aCodeIsUsableOnce() {
        fixture.signUp(ANA);
        String code = fixture.lastCodeTo(ANA);
        verify(code);

        assertThatThrownBy(() -> verify(code)).isInstanceOf(InvalidCode.class);
    }

    @Test
    void aCodeExpiresAfterTenMinutes() {
        fixture.signUp(ANA);
        String code = fixture.lastCodeTo(ANA);

        fixture.time.advance(Duration.ofMinutes(10));

        assertThatThrownBy(() -> verify(code)).isInstanceOf(InvalidCode.class);
    }

    @Test
    void aResendWithinSixtySecondsIsRefusedWithTheWaitLeft() {
        fixture.signUp(ANA);
        fixture.time.advance(Duration.ofSeconds(20));

        assertThatThrownBy(() -> requestCode(ANA)).isInstanceOf(TooManyRequests.class)
                .extracting(e -> ((TooManyRequests) e).retryAfterSeconds()).isEqualTo(40L);
    }

    @Test
    void onlyTheNewestCodeIsValid() {
        fixture.signUp(ANA);
        String first = fixture.lastCodeTo(ANA);
        fixture.time.advance(Duration.ofSeconds(60));

        requestCode(ANA);

        String second = fixture.lastCodeTo(ANA);
        assertThat(second).isNotEqualTo(first);
        assertThatThrownBy(() -> verify(first)).isInstanceOf(InvalidCode.class);
        verify(second);
    }

    @Test
    void anUnknownAddressGetsNoMailButTheSameCoolDown() {
        requestCode("nobody@example.com");

        assertThat(fixture.mailer.outbox()).isEmpty();
        assertThatThrownBy(() -> requestCode("nobody@example.com")).isInstanceOf(TooManyRequests.class);
    }

    @Test
    void anActiveMemberGetsNoVerificationCode() {
        fixture.activeMember(ANA);
        fixture.time.advance(Duration.ofSeconds(60));
        int before = fixture.mailsTo(ANA);

        requestCode(ANA);

        assertThat(fixture.mailsTo(ANA)).isEqualTo(before);
    }
}
