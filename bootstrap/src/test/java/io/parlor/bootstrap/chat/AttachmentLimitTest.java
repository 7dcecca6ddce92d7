package io.parlor.bootstrap.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.parlor.bootstrap.membership.Api;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code PARLOR_CHAT_MAX_ATTACHMENT_SIZE} moves the use case's limit and the server's multipart limit together. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttachmentLimitTest implements TestPropertyProvider {

    private static final int LIMIT = 300 * 1024;

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    HttpServerConfiguration serverConfiguration;

    @Override
    public Map<String, String> getProperties() {
        try {
            return Map.of("parlor.data-dir", Files.createTempDirectory("parlor-chat-limit").toString(),
                    "parlor.membership.email-verification-required", "false",
                    "parlor.chat.max-attachment-size", "300KB");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anUploadOfTheConfiguredSizeIsTakenAndOneByteMoreIsNot() {
        var uploads = new Uploads(server.getURI());
        var token = memberToken();

        var atLimit = uploads.upload("a.bin", "application/octet-stream", new byte[LIMIT], token);
        var overLimit = uploads.upload("b.bin", "application/octet-stream", new byte[LIMIT + 1], token);

        assertThat(atLimit.statusCode()).isEqualTo(201);
        assertThat(overLimit.statusCode()).isEqualTo(413);
        assertThat(serverConfiguration.getMultipart().getMaxFileSize()).isEqualTo(LIMIT);
        assertThat(serverConfiguration.getMaxRequestSize()).as("never lowered below 1MB").isEqualTo(1024 * 1024);
    }

    private String memberToken() {
        var api = new Api(server.getURI(), json);
        var email = "l-" + UUID.randomUUID() + "@example.com";
        api.post("/auth/signup", Map.of("email", email, "password", "violet-harbor-lantern", "name", "Mina Cho"));
        return api.post("/auth/login", Map.of("email", email, "password", "violet-harbor-lantern")).text("accessToken");
    }
}
