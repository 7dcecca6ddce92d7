package io.parlor.bootstrap.membership;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.parlor.application.membership.inmemory.InMemoryMailer;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole server on the embedded default (H2 in a fresh data directory), called over HTTP.
 * Subclasses add properties through {@link #moreProperties()}.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MembershipHttpSuite implements TestPropertyProvider {

    static final String PASSWORD = "violet-harbor-lantern";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    InMemoryMailer mailer;

    Api api;
    Mailbox mailbox;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<String, String>();
        properties.put("parlor.data-dir", temporaryDirectory());
        properties.putAll(moreProperties());
        return properties;
    }

    protected Map<String, String> moreProperties() {
        return Map.of();
    }

    @BeforeEach
    void client() {
        api = new Api(server.getURI(), json);
        mailbox = new Mailbox(mailer);
    }

    static String freshEmail() {
        return "m-" + UUID.randomUUID() + "@example.com";
    }

    /** Signs up, verifies with the mailed code and returns the new member's id. */
    String activeMember(String email) {
        var member = api.post("/auth/signup", Map.of("email", email, "password", PASSWORD, "name", "Ana Kim"));
        api.post("/auth/email/verify", Map.of("email", email, "code", mailbox.latestCode(email)));
        return member.text("id");
    }

    /** Logs in with the test password and returns the access token. */
    String accessToken(String email) {
        return logIn(email, PASSWORD).text("accessToken");
    }

    Api.Reply logIn(String email, String password) {
        return api.post("/auth/login", Map.of("email", email, "password", password));
    }

    private static String temporaryDirectory() {
        try {
            return Files.createTempDirectory("parlor-membership").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
