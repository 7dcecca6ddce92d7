package io.parlor.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.parlor.adapters.messaging.redis.RedisDomainEventBus;
import io.parlor.adapters.persistence.chat.JdbcBlobStore;
import io.parlor.application.chat.port.out.BlobStore;
import io.parlor.application.shared.port.out.DomainEventBus;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The same application configured for PostgreSQL and Redis: configuration only, no rebuild. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionModeIT implements TestPropertyProvider {

    private static final String ADMIN = "health-admin@parlor.test";
    private static final String ADMIN_PASSWORD = "granite-willow-ember";

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
        return Map.of(
                "datasources.default.url", System.getProperty("parlor.test.postgres.url"),
                "datasources.default.username", System.getProperty("parlor.test.postgres.username"),
                "datasources.default.password", System.getProperty("parlor.test.postgres.password"),
                "parlor.redis.uri", System.getProperty("parlor.test.redis.uri"),
                "parlor.jwt.secret", "a-test-secret-that-is-long-enough-for-hs256!",
                "parlor.admin.email", ADMIN, "parlor.admin.password", ADMIN_PASSWORD);
    }

    @Test
    void healthIsUpAndReportsPostgresAndRedisToAnAdministrator() {
        var client = new ServerClient(server.getURI(), json);
        var anonymous = client.getJson("/health");
        var health = client.getJson("/health", client.logIn(ADMIN, ADMIN_PASSWORD));

        assertThat(anonymous).containsEntry("status", "UP").doesNotContainKey("details");
        assertThat(health).containsEntry("status", "UP");
        assertThat(ServerClient.detail(health, "jdbc").toString()).contains("PostgreSQL");
        assertThat(ServerClient.detail(health, "redis")).containsEntry("status", "UP");
    }

    @Test
    void fansEventsOutThroughRedis() {
        assertThat(bus).isInstanceOf(RedisDomainEventBus.class);
    }

    @Test
    void keepsAttachmentBytesInTheDatabaseSoInstancesNeedNoSharedVolume() {
        assertThat(blobs).isInstanceOf(JdbcBlobStore.class);
    }
}
