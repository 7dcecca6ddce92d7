package io.parlor.bootstrap.membership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Per-address quotas on the endpoints an attacker would hammer, with small limits and a short window. */
class RequestQuotaTest extends MembershipHttpSuite {

    private static final Duration WINDOW = Duration.ofSeconds(3);

    @Override
    protected Map<String, String> moreProperties() {
        return Map.of("parlor.http.quotas.enabled", "true", "parlor.http.quotas.window", WINDOW.toSeconds() + "s",
                "parlor.http.quotas.login", "3", "parlor.http.quotas.sign-up", "2",
                "parlor.http.quotas.password-reset", "1");
    }

    /** Waits for the start of a fresh window, so that a test's requests all fall into one. */
    private static void freshWindow() throws InterruptedException {
        long millis = WINDOW.toMillis();
        Thread.sleep(millis - System.currentTimeMillis() % millis + 20);
    }

    @Test
    void signUpsOverTheQuotaAre429WithRetryAfterAndCreateNothing() throws InterruptedException {
        freshWindow();
        var third = freshEmail();

        var first = api.post("/auth/signup", Map.of("email", freshEmail(), "password", PASSWORD, "name", "One"));
        var second = api.post("/auth/signup", Map.of("email", freshEmail(), "password", PASSWORD, "name", "Two"));
        var refused = api.post("/auth/signup", Map.of("email", third, "password", PASSWORD, "name", "Three"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.code()).isEqualTo("too-many-requests");
        assertThat(refused.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("retry-after")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, WINDOW.toSeconds()));
        assertThat(mailbox.mailsTo(third)).isZero();

        freshWindow();
        var later = api.post("/auth/signup", Map.of("email", third, "password", PASSWORD, "name", "Three"));
        assertThat(later.status()).as("the refused sign-up stored nothing").isEqualTo(201);
    }

    @Test
    void logInsOverTheQuotaAreRefusedBeforeThePasswordIsTried() throws InterruptedException {
        var email = freshEmail();
        activeMember(email);
        freshWindow();

        for (int i = 0; i < 3; i++) {
            assertThat(logIn(email, "wrong-password-" + i).status()).isEqualTo(401);
        }
        var refused = logIn(email, PASSWORD);
        var resetRefused = api.post("/auth/password/reset", Map.of("email", email));
        var resetAgain = api.post("/auth/password/reset", Map.of("email", email));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(resetRefused.status()).isEqualTo(202);
        assertThat(resetAgain.status()).isEqualTo(429);
        freshWindow();
        assertThat(logIn(email, PASSWORD).status()).as("three failures locked nobody out").isEqualTo(200);
    }
}
