package io.parlor.bootstrap.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Per-address quotas on the endpoints an attacker would hammer, with small limits. The window
 * is long and every test speaks from addresses of its own (through {@code X-Forwarded-For},
 * which this server trusts), so no test depends on when a window starts or ends.
 */
class RequestQuotaTest extends MembershipHttpSuite {

    private static final Duration WINDOW = Duration.ofMinutes(10);
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Override
    protected Map<String, String> moreProperties() {
        return Map.of("parlor.http.quotas.enabled", "true", "parlor.http.quotas.window", WINDOW.toSeconds() + "s",
                "parlor.http.quotas.login", "3", "parlor.http.quotas.sign-up", "2",
                "parlor.http.quotas.password-reset", "1", "parlor.http.quotas.trust-forwarded-for", "true");
    }

    @Test
    void signUpsOverTheQuotaAre429WithRetryAfterAndCreateNothing() {
        var client = freshAddress();
        var third = freshEmail();

        var first = post(client, "/auth/signup", Map.of("email", freshEmail(), "password", PASSWORD, "name", "One"));
        var second = post(client, "/auth/signup", Map.of("email", freshEmail(), "password", PASSWORD, "name", "Two"));
        var refused = post(client, "/auth/signup", Map.of("email", third, "password", PASSWORD, "name", "Three"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.code()).isEqualTo("too-many-requests");
        assertThat(refused.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("retry-after")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, WINDOW.toSeconds()));
        assertThat(mailbox.mailsTo(third)).isZero();

        var elsewhere = post(freshAddress(), "/auth/signup", Map.of("email", third, "password", PASSWORD,
                "name", "Three"));
        assertThat(elsewhere.status()).as("the refused sign-up stored nothing").isEqualTo(201);
    }

    @Test
    void logInsOverTheQuotaAreRefusedBeforeThePasswordIsTried() {
        var email = freshEmail();
        var home = freshAddress();
        post(home, "/auth/signup", Map.of("email", email, "password", PASSWORD, "name", "Ana Kim"));
        post(home, "/auth/email/verify", Map.of("email", email, "code", mailbox.latestCode(email)));
        var attacker = freshAddress();

        for (int i = 0; i < 3; i++) {
            assertThat(logIn(attacker, email, "wrong-password-" + i).status()).isEqualTo(401);
        }
        var refused = logIn(attacker, email, PASSWORD);
        var resetRefused = post(attacker, "/auth/password/reset", Map.of("email", email));
        var resetAgain = post(attacker, "/auth/password/reset", Map.of("email", email));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(resetRefused.status()).isEqualTo(202);
        assertThat(resetAgain.status()).isEqualTo(429);
        assertThat(logIn(home, email, PASSWORD).status()).as("three failures locked nobody out").isEqualTo(200);
    }

    @Test
    void withoutAForwardedAddressTheConnectionsAddressHasItsOwnQuota() {
        var first = api.post("/auth/password/reset", Map.of("email", freshEmail()));
        var again = api.post("/auth/password/reset", Map.of("email", freshEmail()));
        var forwarded = post(freshAddress(), "/auth/password/reset", Map.of("email", freshEmail()));

        assertThat(first.status()).isEqualTo(202);
        assertThat(again.status()).isEqualTo(429);
        assertThat(forwarded.status()).isEqualTo(202);
    }

    /** An address of the documentation range 198.51.100.0/24 (then 203.0.113.0/24) that no other test used. */
    private static String freshAddress() {
        int n = ADDRESSES.incrementAndGet();
        return (n < 255 ? "198.51.100." : "203.0.113.") + (n % 254 + 1);
    }

    private Api.Reply post(String client, String path, Object body) {
        return api.send("POST", path, body, null, Map.of("X-Forwarded-For", client));
    }

    private Api.Reply logIn(String client, String email, String password) {
        return post(client, "/auth/login", Map.of("email", email, "password", password));
    }
}
