package io.parlor.bootstrap.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignUpAndVerificationTest extends MembershipHttpSuite {

    @Test
    void signUpCreatesAPendingCustomerAndMailsTheFirstCode() {
        var email = freshEmail();

        var reply = api.post("/auth/signup", Map.of("email", email, "password", PASSWORD, "name", "Ana Kim",
                "phone", "+82 10 1234 5678"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json()).containsEntry("email", email).containsEntry("name", "Ana Kim")
                .containsEntry("status", "PENDING_VERIFICATION").containsEntry("roles", List.of("CUSTOMER"))
                .containsKeys("id", "phone");
        assertThat(reply.raw()).doesNotContain(PASSWORD);
        assertThat(mailbox.latestCode(email)).hasSize(6);
    }

    @Test
    void aTakenEmailIsAConflict() {
        var email = freshEmail();
        api.post("/auth/signup", Map.of("email", email, "password", PASSWORD, "name", "Ana Kim"));

        var reply = api.post("/auth/signup", Map.of("email", email.toUpperCase(), "password", PASSWORD, "name", "Bo"));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.code()).isEqualTo("email-taken");
    }

    @Test
    void weakPasswordsAndBadFieldsAreRefused() {
        var shortPassword = api.post("/auth/signup", Map.of("email", freshEmail(), "password", "short", "name", "A"));
        var commonPassword = api.post("/auth/signup", Map.of("email", freshEmail(), "password", "password123", "name", "A"));
        var badEmail = api.post("/auth/signup", Map.of("email", "not-an-email", "password", PASSWORD, "name", "A"));
        var missingName = api.post("/auth/signup", Map.of("email", freshEmail(), "password", PASSWORD));

        assertThat(shortPassword.code()).isEqualTo("weak-password");
        assertThat(commonPassword.code()).isEqualTo("weak-password");
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.code()).isEqualTo("invalid-field");
        assertThat(missingName.code()).isEqualTo("invalid-field");
    }

    @Test
    void anUnverifiedMemberCannotLogInUntilTheCodeIsGiven() {
        var email = freshEmail();
        api.post("/auth/signup", Map.of("email", email, "password", PASSWORD, "name", "Ana Kim"));

        var before = logIn(email, PASSWORD);
        var wrongCode = api.post("/auth/email/verify", Map.of("email", email, "code", "000000".equals(
                mailbox.latestCode(email)) ? "111111" : "000000"));
        var verified = api.post("/auth/email/verify", Map.of("email", email, "code", mailbox.latestCode(email)));
        var after = logIn(email, PASSWORD);

        assertThat(before.status()).isEqualTo(403);
        assertThat(before.code()).isEqualTo("email-not-verified");
        assertThat(wrongCode.status()).isEqualTo(400);
        assertThat(wrongCode.code()).isEqualTo("invalid-code");
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.text("status")).isEqualTo("ACTIVE");
        assertThat(after.status()).isEqualTo(200);
    }

    @Test
    void aCodeIsSingleUseAndDiesAfterFiveWrongTries() {
        var email = freshEmail();
        api.post("/auth/signup", Map.of("email", email, "password", PASSWORD, "name", "Ana Kim"));
        var code = mailbox.latestCode(email);
        var wrong = code.equals("123456") ? "654321" : "123456";

        for (int i = 0; i < 5; i++) {
            api.post("/auth/email/verify", Map.of("email", email, "code", wrong));
        }
        var rightButTooLate = api.post("/auth/email/verify", Map.of("email", email, "code", code));

        assertThat(rightButTooLate.code()).isEqualTo("invalid-code");
    }

    @Test
    void askingForAnotherCodeTooSoonAnswersTooManyRequestsWithRetryAfter() {
        var email = freshEmail();
        api.post("/auth/signup", Map.of("email", email, "password", PASSWORD, "name", "Ana Kim"));

        var reply = api.post("/auth/email/code", Map.of("email", email));

        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.code()).isEqualTo("too-many-requests");
        assertThat(reply.header("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
    }

    @Test
    void codeRequestsForUnknownAddressesLookTheSameAndSendNothing() {
        var unknown = freshEmail();

        var reply = api.post("/auth/email/code", Map.of("email", unknown, "purpose", "VERIFY"));
        var reset = api.post("/auth/password/reset", Map.of("email", unknown));

        assertThat(reply.status()).isEqualTo(202);
        assertThat(reset.status()).isEqualTo(202);
        assertThat(mailbox.mailsTo(unknown)).isZero();
    }

    @Test
    void anUnknownCodePurposeIsAnInvalidField() {
        var reply = api.post("/auth/email/code", Map.of("email", freshEmail(), "purpose", "PASSWORD_RESET"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.code()).isEqualTo("invalid-field");
    }
}
