package io.parlor.bootstrap.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TemporaryPasswordTest extends MembershipHttpSuite {

    @Test
    void aTemporaryPasswordOpensOnlyThePasswordChangeAndWorksOnce() {
        var email = freshEmail();
        activeMember(email);

        var request = api.post("/auth/password/reset", Map.of("email", email));
        var temporary = mailbox.temporaryPassword(email);
        var session = logIn(email, temporary);
        var token = session.text("accessToken");
        var elsewhere = api.get("/me", token);
        var change = api.send("PUT", "/me/password", Map.of("currentPassword", temporary,
                "newPassword", "amber-quartz-meadow"), token);
        var again = logIn(email, temporary);
        var withNew = logIn(email, "amber-quartz-meadow");

        assertThat(request.status()).isEqualTo(202);
        assertThat(session.status()).isEqualTo(200);
        assertThat(session.json()).containsEntry("passwordChangeRequired", true);
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.code()).isEqualTo("password-change-required");
        assertThat(change.status()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(401);
        assertThat(withNew.status()).isEqualTo(200);
        assertThat(withNew.json()).containsEntry("passwordChangeRequired", false);
    }

    @Test
    void aWeakNewPasswordIsRefused() {
        var email = freshEmail();
        activeMember(email);
        var token = accessToken(email);

        var change = api.send("PUT", "/me/password", Map.of("currentPassword", PASSWORD, "newPassword", "short"), token);

        assertThat(change.status()).isEqualTo(400);
        assertThat(change.code()).isEqualTo("weak-password");
    }
}
