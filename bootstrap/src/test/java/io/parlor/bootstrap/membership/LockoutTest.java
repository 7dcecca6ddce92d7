package io.parlor.bootstrap.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LockoutTest extends MembershipHttpSuite {

    @Test
    void fiveConsecutiveFailuresLockTheAccountWithoutCheckingThePasswordAgain() {
        var email = freshEmail();
        activeMember(email);

        for (int i = 0; i < 5; i++) {
            assertThat(logIn(email, "wrong-password-" + i).status()).isEqualTo(401);
        }
        var rightPassword = logIn(email, PASSWORD);

        assertThat(rightPassword.status()).isEqualTo(423);
        assertThat(rightPassword.code()).isEqualTo("account-locked");
    }

    @Test
    void aSuccessResetsTheCount() {
        var email = freshEmail();
        activeMember(email);

        for (int i = 0; i < 4; i++) {
            logIn(email, "wrong-password");
        }
        assertThat(logIn(email, PASSWORD).status()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            logIn(email, "wrong-password");
        }

        assertThat(logIn(email, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void anEmailedUnlockCodeUnlocksAtOnce() {
        var email = freshEmail();
        activeMember(email);
        for (int i = 0; i < 5; i++) {
            logIn(email, "wrong-password");
        }

        var request = api.post("/auth/email/code", Map.of("email", email, "purpose", "UNLOCK"));
        var unlock = api.post("/auth/unlock", Map.of("email", email, "code", mailbox.latestCode(email)));
        var login = logIn(email, PASSWORD);

        assertThat(request.status()).isEqualTo(202);
        assertThat(unlock.status()).isEqualTo(200);
        assertThat(login.status()).isEqualTo(200);
    }

    @Test
    void aWrongUnlockCodeIsRefused() {
        var email = freshEmail();
        activeMember(email);
        for (int i = 0; i < 5; i++) {
            logIn(email, "wrong-password");
        }
        api.post("/auth/email/code", Map.of("email", email, "purpose", "UNLOCK"));
        var code = mailbox.latestCode(email);

        var unlock = api.post("/auth/unlock", Map.of("email", email, "code", code.equals("123456") ? "654321" : "123456"));

        assertThat(unlock.status()).isEqualTo(400);
        assertThat(unlock.code()).isEqualTo("invalid-code");
        assertThat(logIn(email, PASSWORD).status()).isEqualTo(423);
    }
}
