package io.parlor.adapters.http.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parlor.adapters.http.RandomJwtSecret;
import io.parlor.adapters.credentials.JwtAccessTokens;
import io.parlor.application.membership.port.out.AccessGrant;
import io.parlor.domain.chat.AttachmentNotFound;
import io.parlor.domain.chat.AttachmentTooLarge;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.Role;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The exact wire form of {@code POST /chat/attachments} and {@code GET /chat/attachments/{id}}:
 * the upload's JSON, the download's bytes and headers, and every documented error code, with the
 * use cases replaced by {@link StubAttachments}.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "spec.name", value = "ChatAttachmentsControllerTest")
class ChatAttachmentsControllerTest implements RandomJwtSecret {

    private static final String BOUNDARY = "parlor-test-boundary";
    private static final String ATTACHMENT_PATH = "/chat/attachments/" + StubAttachments.STORED.id();

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    JwtAccessTokens tokens;

    private final HttpClient http = HttpClient.newHttpClient();
    private final MemberId caller = new MemberId(UUID.randomUUID());
    private String token;

    @BeforeEach
    void signIn() {
        var now = Instant.now();
        token = tokens.issue(new AccessGrant(caller, Set.of(Role.CUSTOMER), false, now, now.plusSeconds(600)));
    }

    @AfterEach
    void answerAgain() {
        StubAttachments.REFUSAL.set(null);
        StubAttachments.LAST_UPLOAD.set(null);
    }

    @Test
    void anUploadAnswersWithTheStoredAttachmentAndHandsTheCallerAndTheBytesToTheUseCase() throws IOException {
        var response = upload("file", "../photo.png", "image/png", new byte[] {1, 2, 3}, token);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).contains(ATTACHMENT_PATH);
        assertThat(jsonOf(response)).isEqualTo(Map.of("id", "0192f3a0-0000-7000-8000-000000000011",
                "name", "r\u00e9sum\u00e9 \"final\".png", "contentType", "image/png", "size", 5));
        var received = StubAttachments.LAST_UPLOAD.get();
        assertThat(received.owner()).isEqualTo(caller);
        assertThat(received.fileName()).isEqualTo("../photo.png");
        assertThat(received.contentType()).isEqualTo("image/png");
        assertThat(received.declaredSize()).isEqualTo(OptionalLong.of(3));
        assertThat(received.content()).containsExactly(1, 2, 3);
    }

    @Test
    void anUploadWithoutAFilePartIsAnInvalidField() throws IOException {
        var response = upload("picture", "photo.png", "image/png", new byte[] {1}, token);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(jsonOf(response)).containsEntry("code", "invalid-field")
                .containsEntry("errors", List.of(Map.of("field", "file",
                        "message", "a multipart part named file is required")));
    }

    @Test
    void anAttachmentOverTheLimitIsTooLarge() throws IOException {
        StubAttachments.REFUSAL.set(new AttachmentTooLarge(10_485_760));

        var response = upload("file", "film.mov", "video/quicktime", new byte[] {1}, token);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(jsonOf(response)).isEqualTo(Map.of("type", "urn:parlor:problem:attachment-too-large",
                "title", "Request Entity Too Large", "status", 413,
                "detail", "an attachment holds at most 10485760 bytes", "code", "attachment-too-large"));
    }

    @Test
    void jsonIsNoUpload() {
        var response = send(HttpRequest.newBuilder(server.getURI().resolve("/chat/attachments"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(response.statusCode()).isEqualTo(415);
    }

    @Test
    void aDownloadStreamsTheBytesAsAnAttachmentThatIsNeitherSniffedNorRendered() {
        var response = sendForBytes(HttpRequest.newBuilder(server.getURI().resolve(ATTACHMENT_PATH))
                .header("Authorization", "Bearer " + token).header("Accept", "image/*").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(StubAttachments.BYTES);
        assertThat(response.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(response.headers().firstValue("Content-Length")).contains("5");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"rsum final.png\"; filename*=utf-8''r%C3%A9sum%C3%A9%20%22final%22.png");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Content-Security-Policy")).contains("default-src 'none'; sandbox");
        assertThat(response.headers().firstValue("Cache-Control")).contains("private, no-cache");
    }

    @Test
    void anAttachmentTheCallerMayNotSeeIsNotFound() throws IOException {
        StubAttachments.REFUSAL.set(new AttachmentNotFound());

        var response = send(HttpRequest.newBuilder(server.getURI().resolve(ATTACHMENT_PATH))
                .header("Authorization", "Bearer " + token).GET());
        var malformed = send(HttpRequest.newBuilder(server.getURI().resolve("/chat/attachments/..%2F..%2Fetc"))
                .header("Authorization", "Bearer " + token).GET());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(jsonOf(response)).isEqualTo(Map.of("type", "urn:parlor:problem:attachment-not-found",
                "title", "Not Found", "status", 404, "detail", "no such attachment", "code", "attachment-not-found"));
        assertThat(malformed.statusCode()).isEqualTo(404);
    }

    @Test
    void bothNeedAToken() throws IOException {
        var upload = upload("file", "photo.png", "image/png", new byte[] {1}, null);
        var download = send(HttpRequest.newBuilder(server.getURI().resolve(ATTACHMENT_PATH)).GET());

        assertThat(upload.statusCode()).isEqualTo(401);
        assertThat(download.statusCode()).isEqualTo(401);
        assertThat(StubAttachments.LAST_UPLOAD.get()).isNull();
    }

    private HttpResponse<String> upload(String part, String fileName, String type, byte[] content, String bearer)
            throws IOException {
        var body = new ByteArrayOutputStream();
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(server.getURI().resolve("/chat/attachments"))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<byte[]> sendForBytes(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> jsonOf(HttpResponse<String> response) throws IOException {
        return json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
    }
}
