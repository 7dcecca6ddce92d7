package io.parlor.bootstrap.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlockAndWithdrawTest extends MembershipHttpSuite {

    private static final String ADMIN = "admin@parlor.test";
    private static final String ADMIN_PASSWORD = "granite-willow-ember";

    @Override
    protected Map<String, String> moreProperties() {
        return Map.of("parlor.admin.email", ADMIN, "parlor.admin.password", ADMIN_PASSWORD);
    }

    private String adminToken() {
        return logIn(ADMIN, ADMIN_PASSWORD).text("accessToken");
    }

    @Test
    void aBlockTakesEffectOnTheNextRequestAndRevokesSessions() {
        var email = freshEmail();
        var id = activeMember(email);
        var session = logIn(email, PASSWORD);

        var block = api.post("/admin/members/" + id + "/block", Map.of("reason", "spam"), adminToken());
        var nextRequest = api.get("/me", session.text("accessToken"));
        var refresh = api.post("/auth/refresh", Map.of("refreshToken", session.text("refreshToken")));
        var login = logIn(email, PASSWORD);

        assertThat(block.status()).isEqualTo(200);
        assertThat(block.text("status")).isEqualTo("BLOCKED");
        assertThat(nextRequest.status()).isEqualTo(403);
        assertThat(nextRequest.code()).isEqualTo("account-blocked");
        assertThat(refresh.status()).isEqualTo(401);
        assertThat(login.status()).isEqualTo(403);
        assertThat(login.code()).isEqualTo("account-blocked");
    }

    @Test
    void unblockingLetsTheMemberLogInAgainButOldTokensStayVoid() {
        var email = freshEmail();
        var id = activeMember(email);
        var oldToken = accessToken(email);
        api.post("/admin/members/" + id + "/block", Map.of("reason", "spam"), adminToken());

        var unblock = api.send("DELETE", "/admin/members/" + id + "/block", null, adminToken());
        var login = logIn(email, PASSWORD);

        assertThat(unblock.status()).isEqualTo(200);
        assertThat(unblock.text("status")).isEqualTo("ACTIVE");
        assertThat(login.status()).isEqualTo(200);
        assertThat(api.get("/me", oldToken).status()).isEqualTo(401);
    }

    @Test
    void aTemporaryBlockLiftsByItself() {
        var email = freshEmail();
        var id = activeMember(email);

        api.post("/admin/members/" + id + "/block",
                Map.of("reason", "cool off", "until", Instant.now().plusSeconds(2).toString()), adminToken());
        var during = logIn(email, PASSWORD);
        sleepSeconds(3);
        var after = logIn(email, PASSWORD);

        assertThat(during.code()).isEqualTo("account-blocked");
        assertThat(after.status()).isEqualTo(200);
    }

    @Test
    void onlyAnAdministratorMayBlock() {
        var email = freshEmail();
        var id = activeMember(email);
        var other = freshEmail();
        activeMember(other);

        var reply = api.post("/admin/members/" + id + "/block", Map.of("reason", "spite"), accessToken(other));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(logIn(email, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void withdrawingScrubsTheAccountAndLaterLoginsAreRefused() {
        var email = freshEmail();
        activeMember(email);
        var token = accessToken(email);

        var wrongPassword = api.send("DELETE", "/me", Map.of("password", "not-mine"), token);
        var withdraw = api.send("DELETE", "/me", Map.of("password", PASSWORD), token);
        var login = logIn(email, PASSWORD);
        var oldToken = api.get("/me", token);

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(withdraw.status()).isEqualTo(204);
        assertThat(login.status()).isEqualTo(403);
        assertThat(login.code()).isEqualTo("account-withdrawn");
        assertThat(oldToken.status()).isEqualTo(403);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBlockAndItsLiftingReachTheMembersInboxAsAccountNotices() {
        var email = freshEmail();
        var id = activeMember(email);
        api.post("/admin/members/" + id + "/block", Map.of("reason", "spam"), adminToken());
        api.send("DELETE", "/admin/members/" + id + "/block", null, adminToken());
        var token = accessToken(email);

        var inbox = api.get("/notifications", token);
        for (int wait = 0; wait < 50 && ((List<?>) inbox.json().get("items")).size() < 2; wait++) {
            sleepMillis(100);
            inbox = api.get("/notifications", token);
        }
        var items = (List<Map<String, Object>>) inbox.json().get("items");
        var first = items.get(items.size() - 1);
        var outsider = api.send("POST", "/notifications/" + first.get("id") + "/read", null, accessToken(email2()));
        var read = api.send("POST", "/notifications/" + first.get("id") + "/read", null, token);

        assertThat(inbox.status()).isEqualTo(200);
        assertThat(items).hasSize(2).allSatisfy(item -> assertThat(item.get("type")).isEqualTo("ACCOUNT"));
        assertThat(((Number) inbox.json().get("unreadCount")).intValue()).isEqualTo(2);
        assertThat(outsider.status()).isEqualTo(404);
        assertThat(outsider.code()).isEqualTo("notification-not-found");
        assertThat(read.status()).isEqualTo(204);
        assertThat(((Number) api.get("/notifications", token).json().get("unreadCount")).intValue()).isEqualTo(1);
    }

    private String email2() {
        var other = freshEmail();
        activeMember(other);
        return other;
    }

    private static void sleepSeconds(int seconds) {
        sleepMillis(seconds * 1000L);
    }

    /** The notices are raised by a subscriber of the membership topic, which may run after the reply. */
    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
