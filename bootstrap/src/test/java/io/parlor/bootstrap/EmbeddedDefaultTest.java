package io.parlor.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.parlor.adapters.persistence.chat.FileSystemBlobStore;
import io.parlor.application.chat.port.out.BlobStore;
import io.parlor.application.shared.inmemory.InProcessDomainEventBus;
import io.parlor.application.shared.port.out.DomainEventBus;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The server as it starts with no environment: H2 under the data directory, in-process bus. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedDefaultTest implements TestPropertyProvider {

    private static final String ADMIN = "admin@parlor.test";
    private static final String ADMIN_PASSWORD = "granite-willow-ember";

    private final Path dataDir = temporaryDirectory();

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    DomainEventBus bus;

    @Inject
    BlobStore blobs;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("parlor.data-dir", dataDir.toString(), "parlor.admin.email", ADMIN,
                "parlor.admin.password", ADMIN_PASSWORD);
    }

    @Test
    void healthIsUpForAnyoneAndReportsTheEmbeddedDatabaseToAnAdministrator() {
        var client = new ServerClient(server.getURI(), json);
        var anonymous = client.getJson("/health");
        var health = client.getJson("/health", client.logIn(ADMIN, ADMIN_PASSWORD));

        assertThat(anonymous).containsEntry("status", "UP").doesNotContainKey("details");
        assertThat(anonymous.toString()).doesNotContain("H2", "jdbc:", "diskSpace");
        assertThat(health).containsEntry("status", "UP");
        assertThat(ServerClient.detail(health, "jdbc")).containsEntry("status", "UP");
        assertThat(ServerClient.detail(health, "jdbc").toString()).contains("H2");
    }

    @Test
    void keepsTheDatabaseAndAGeneratedSecretInTheDataDirectory() {
        assertThat(dataDir.resolve("parlor.mv.db")).exists();
        assertThat(dataDir.resolve(JwtSecret.FILE_NAME)).exists();
    }

    @Test
    void usesTheInProcessEventBus() {
        assertThat(bus).isInstanceOf(InProcessDomainEventBus.class);
    }

    @Test
    void publishesPrometheusMetricsAndTheOpenApiDocument() {
        var client = new ServerClient(server.getURI(), json);

        var metrics = client.get("/prometheus");
        var openapi = client.get("/openapi");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).startsWith("openapi: 3").contains("title: parlor");
    }

    @Test
    void answersAnUnknownRouteWithAProblem() {
        var response = new ServerClient(server.getURI(), json).get("/no/such/route");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"code\":\"not-found\"");
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("parlor-embedded");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void keepsAttachmentBytesAsFilesInTheDataDirectory() {
        assertThat(blobs).isInstanceOf(FileSystemBlobStore.class);
    }
}
