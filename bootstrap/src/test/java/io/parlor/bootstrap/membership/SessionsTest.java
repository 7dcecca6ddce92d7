package io.parlor.bootstrap.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionsTest extends MembershipHttpSuite {

    @Test
    void loginAnswersTokensWhoseSubjectIsTheMember() {
        var email = freshEmail();
        var id = activeMember(email);

        var tokens = logIn(email, PASSWORD);

        assertThat(tokens.status()).isEqualTo(200);
        assertThat(tokens.json()).containsEntry("tokenType", "Bearer").containsEntry("expiresIn", 900)
                .containsEntry("passwordChangeRequired", false).containsKeys("accessToken", "refreshToken");
        String claims = new String(Base64.getUrlDecoder().decode(tokens.text("accessToken").split("\\.")[1]));
        assertThat(claims).contains("\"sub\":\"" + id + "\"").contains("CUSTOMER");
        assertThat(api.get("/me", tokens.text("accessToken")).text("id")).isEqualTo(id);
    }

    @Test
    void wrongPasswordsAndUnknownAddressesLookAlike() {
        var email = freshEmail();
        activeMember(email);

        var wrongPassword = logIn(email, "not-the-password");
        var unknown = logIn(freshEmail(), PASSWORD);

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrongPassword.raw()).isEqualTo(unknown.raw());
    }

    @Test
    void refreshingRotatesTheRefreshToken() {
        var email = freshEmail();
        activeMember(email);
        var first = logIn(email, PASSWORD);

        var second = api.post("/auth/refresh", Map.of("refreshToken", first.text("refreshToken")));
        var third = api.post("/auth/refresh", Map.of("refreshToken", second.text("refreshToken")));

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.text("refreshToken")).isNotEqualTo(first.text("refreshToken"));
        assertThat(third.status()).isEqualTo(200);
    }

    @Test
    void reusingARotatedRefreshTokenRevokesTheWholeFamily() {
        var email = freshEmail();
        activeMember(email);
        var first = logIn(email, PASSWORD);
        var second = api.post("/auth/refresh", Map.of("refreshToken", first.text("refreshToken")));

        var reuse = api.post("/auth/refresh", Map.of("refreshToken", first.text("refreshToken")));
        var heirAfterReuse = api.post("/auth/refresh", Map.of("refreshToken", second.text("refreshToken")));

        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.code()).isEqualTo("invalid-token");
        assertThat(heirAfterReuse.status()).isEqualTo(401);
    }

    @Test
    void logoutRevokesTheRefreshToken() {
        var email = freshEmail();
        activeMember(email);
        var tokens = logIn(email, PASSWORD);

        var logout = api.post("/auth/logout", Map.of("refreshToken", tokens.text("refreshToken")));
        var refresh = api.post("/auth/refresh", Map.of("refreshToken", tokens.text("refreshToken")));

        assertThat(logout.status()).isEqualTo(204);
        assertThat(refresh.status()).isEqualTo(401);
    }

    @Test
    void anUnknownRefreshTokenIsInvalid() {
        var reply = api.post("/auth/refresh", Map.of("refreshToken", "bm90LWEtdG9rZW4"));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.code()).isEqualTo("invalid-token");
    }

    @Test
    void protectedRoutesNeedAToken() {
        assertThat(api.get("/me", null).status()).isEqualTo(401);
        assertThat(api.get("/me", "garbage").status()).isEqualTo(401);
    }
}
