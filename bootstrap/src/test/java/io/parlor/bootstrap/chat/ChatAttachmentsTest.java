package io.parlor.bootstrap.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import io.parlor.application.chat.port.in.PostMessage;
import io.parlor.bootstrap.membership.Api;
import io.parlor.domain.chat.AttachmentId;
import io.parlor.domain.chat.ClientMessageId;
import io.parlor.domain.chat.MessageType;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Chat attachments end to end on the embedded default (H2 and files in a fresh data directory):
 * uploaded over HTTP, shown in a room through the {@link PostMessage} use case (the STOMP path
 * calls the same bean), downloaded over HTTP by whoever may see it, with the default limit of 10 MiB.
 * Tests run outside a transaction, so that what they post directly is committed for the server.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatAttachmentsTest implements TestPropertyProvider {

    private static final String PASSWORD = "violet-harbor-lantern";
    private static final int TEN_MIB = 10 * 1024 * 1024;

    /** A signed-in member. */
    record Account(String id, String token) {
    }

    private final Path dataDir = temporaryDirectory();

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    PostMessage postMessage;

    @Inject
    TransactionOperations<Connection> transactions;

    @Inject
    HttpServerConfiguration serverConfiguration;

    Api api;
    Uploads uploads;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("parlor.data-dir", dataDir.toString(),
                "parlor.membership.email-verification-required", "false");
    }

    @BeforeEach
    void clients() {
        api = new Api(server.getURI(), json);
        uploads = new Uploads(server.getURI());
    }

    @Test
    void aRoomMemberDownloadsWhatAnotherMemberShowedThereAndAStrangerLearnsNothing() {
        var ana = member();
        var bo = member();
        var eve = member();
        var room = groupOf(ana, bo);
        var photo = randomBytes(300_000);

        var uploaded = uploads.upload("photo.png", "image/png", photo, ana.token());
        var id = jsonOf(uploaded).get("id").toString();
        show(room, ana, id);
        var forBo = uploads.download(id, bo.token());
        var forEve = uploads.download(id, eve.token());

        assertThat(uploaded.statusCode()).isEqualTo(201);
        assertThat(jsonOf(uploaded)).isEqualTo(Map.of("id", id, "name", "photo.png", "contentType", "image/png",
                "size", photo.length));
        assertThat(forBo.statusCode()).isEqualTo(200);
        assertThat(forBo.body()).isEqualTo(photo);
        assertThat(forBo.headers().firstValue("Content-Type")).contains("image/png");
        assertThat(forBo.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(forBo.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"photo.png\"");
        assertThat(forEve.statusCode()).isEqualTo(404);
        assertThat(new String(forEve.body())).contains("\"code\":\"attachment-not-found\"");
        assertThat(history(room, bo)).anySatisfy(message -> assertThat(message)
                .containsEntry("type", "IMAGE").containsEntry("attachmentId", id));
    }

    @Test
    void theUploaderAloneMayDownloadAFileNotShownAnywhere() {
        var ana = member();
        var bo = member();
        groupOf(ana, bo);
        var id = jsonOf(uploads.upload("notes.txt", "text/plain", "for later".getBytes(), ana.token()))
                .get("id").toString();

        var forAna = uploads.download(id, ana.token());
        var forBo = uploads.download(id, bo.token());

        assertThat(forAna.statusCode()).isEqualTo(200);
        assertThat(new String(forAna.body())).isEqualTo("for later");
        assertThat(forBo.statusCode()).isEqualTo(404);
    }

    @Test
    void bothEndpointsNeedAToken() {
        var ana = member();
        var id = jsonOf(uploads.upload("a.txt", "text/plain", new byte[] {1}, ana.token())).get("id").toString();

        var upload = uploads.upload("a.txt", "text/plain", new byte[] {1}, null);
        var download = uploads.download(id, null);

        assertThat(upload.statusCode()).isEqualTo(401);
        assertThat(download.statusCode()).isEqualTo(401);
    }

    @Test
    void aFileOfTenMebibytesIsTakenAndOneByteMoreIsTooLargeAndNotKept() {
        var ana = member();
        long rowsBefore = storedAttachments();
        var filesBefore = filesUnder(dataDir.resolve("attachments"));

        var atLimit = uploads.upload("big.bin", "application/octet-stream", new byte[TEN_MIB], ana.token());
        var overLimit = uploads.upload("bigger.bin", "application/octet-stream", new byte[TEN_MIB + 1], ana.token());
        var farOver = uploads.announce(TEN_MIB + 2 * 1024 * 1024, ana.token());

        assertThat(atLimit.statusCode()).isEqualTo(201);
        assertThat(jsonOf(atLimit)).containsEntry("size", TEN_MIB);
        assertThat(overLimit.statusCode()).isEqualTo(413);
        assertThat(overLimit.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(jsonOf(overLimit)).containsEntry("status", 413).containsEntry("code", "payload-too-large");
        assertThat(farOver.status()).isEqualTo(413);
        assertThat(farOver.headers()).containsEntry("content-type", "application/problem+json");
        assertThat(parse(farOver.body())).containsEntry("status", 413).containsEntry("code", "payload-too-large");
        assertThat(storedAttachments()).isEqualTo(rowsBefore + 1);
        assertThat(filesUnder(dataDir.resolve("attachments")))
                .hasSize(filesBefore.size() + 1).allMatch(name -> !name.startsWith("."));
    }

    @Test
    void theServerTakesAnUploadOfTheLargestAttachmentButBuffersNoBodyOverOneMegabyte() {
        assertThat(serverConfiguration.getMultipart().getMaxFileSize()).isEqualTo(TEN_MIB);
        assertThat(serverConfiguration.getMaxRequestSize()).isEqualTo(TEN_MIB + 64 * 1024);
        assertThat(serverConfiguration.getMaxRequestBufferSize()).isEqualTo(1024 * 1024);
    }

    @Test
    void otherEndpointsStillRefuseBodiesOverOneMegabyte() {
        var ana = member();
        var body = Map.of("type", "GROUP", "name", "x".repeat(1_100_000), "memberIds", List.of());

        var response = api.post("/chat/rooms", body, ana.token());

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.code()).isEqualTo("payload-too-large");
    }

    @Test
    void aPathInTheFileNameIsDroppedAndNothingIsWrittenOutsideTheAttachments() {
        var ana = member();

        var uploaded = uploads.upload("../../../outside/evil.sh", "text/x-shellscript", "echo hi".getBytes(),
                ana.token());
        var sneaky = uploads.upload("..\\..\\windows\\win.ini", "text/plain", "x".getBytes(), ana.token());
        var sneakyName = jsonOf(sneaky).get("name").toString();

        assertThat(jsonOf(uploaded)).containsEntry("name", "evil.sh");
        assertThat(sneakyName).endsWith("win.ini").doesNotContain("/", "\\");
        assertThat(dataDir.resolve("outside")).doesNotExist();
        assertThat(dataDir.getParent().resolve("outside")).doesNotExist();
        assertThat(filesUnder(dataDir.resolve("attachments")))
                .contains(jsonOf(uploaded).get("id").toString(), jsonOf(sneaky).get("id").toString());
    }

    private Account member() {
        var email = "c-" + UUID.randomUUID() + "@example.com";
        var signUp = api.post("/auth/signup", Map.of("email", email, "password", PASSWORD, "name", "Mina Cho"));
        assertThat(signUp.status()).isEqualTo(201);
        var login = api.post("/auth/login", Map.of("email", email, "password", PASSWORD));
        assertThat(login.status()).isEqualTo(200);
        return new Account(signUp.text("id"), login.text("accessToken"));
    }

    private RoomId groupOf(Account creator, Account other) {
        var room = api.post("/chat/rooms", Map.of("type", "GROUP", "name", "Regulars", "memberIds",
                List.of(other.id())), creator.token());
        assertThat(room.status()).isEqualTo(201);
        return new RoomId(UUID.fromString(room.text("id")));
    }

    private void show(RoomId room, Account sender, String attachmentId) {
        postMessage.post(new PostMessage.Command(room, new MemberId(UUID.fromString(sender.id())), MessageType.IMAGE,
                "look", Optional.of(new AttachmentId(UUID.fromString(attachmentId))),
                new ClientMessageId(UUID.randomUUID().toString()))).join();
    }

    private List<Map<String, Object>> history(RoomId room, Account reader) {
        var reply = api.get("/chat/rooms/" + room.value() + "/messages", reader.token());
        try {
            return json.readValue(reply.raw(), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> jsonOf(HttpResponse<String> response) {
        return parse(response.body());
    }

    private Map<String, Object> parse(String body) {
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }

    private long storedAttachments() {
        return transactions.executeRead(status -> {
            try (var rows = status.getConnection().createStatement()
                    .executeQuery("SELECT COUNT(*) FROM chat_attachments")) {
                rows.next();
                return rows.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static List<String> filesUnder(Path directory) {
        if (!Files.exists(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] randomBytes(int size) {
        var bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("parlor-chat");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
