package io.parlor.bootstrap.membership;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.parlor.application.membership.port.out.Members;
import io.parlor.domain.membership.MemberId;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two application instances sharing PostgreSQL and Redis, as behind a load balancer. */
class TwoInstanceLockoutIT {

    private static EmbeddedServer first;
    private static EmbeddedServer second;

    @BeforeAll
    static void start() throws Exception {
        first = instance();
        second = instance();
    }

    @AfterAll
    static void stop() {
        first.getApplicationContext().close();
        second.getApplicationContext().close();
    }

    @Test
    void twentyConcurrentWrongLoginsOnTwoInstancesAreCountedExactlyAndLock() throws Exception {
        var email = "lock-" + UUID.randomUUID() + "@example.com";
        var a = api(first);
        var b = api(second);
        var id = a.post("/auth/signup", Map.of("email", email, "password", MembershipHttpSuite.PASSWORD,
                "name", "Ana Kim")).text("id");
        var start = new CountDownLatch(1);
        List<Callable<Integer>> attempts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            var api = i % 2 == 0 ? a : b;
            attempts.add(() -> {
                start.await();
                return api.post("/auth/login", Map.of("email", email, "password", "wrong-password")).status();
            });
        }

        List<Integer> statuses = new ArrayList<>();
        var pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Integer>> futures = attempts.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
        } finally {
            pool.shutdownNow();
        }
        long refusedAsWrong = statuses.stream().filter(status -> status == 401).count();
        long refusedAsLocked = statuses.stream().filter(status -> status == 423).count();
        var stored = first.getApplicationContext().getBean(Members.class)
                .findById(new MemberId(UUID.fromString(id))).orElseThrow().state().failures();

        assertThat(refusedAsWrong + refusedAsLocked).isEqualTo(20);
        assertThat(refusedAsWrong).isGreaterThanOrEqualTo(5);
        assertThat(stored.count()).isEqualTo((int) refusedAsWrong);
        assertThat(stored.lockedUntil()).isPresent();
        assertThat(b.post("/auth/login", Map.of("email", email, "password", MembershipHttpSuite.PASSWORD)).status())
                .isEqualTo(423);
    }

    private static Api api(EmbeddedServer server) {
        return new Api(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class));
    }

    private static EmbeddedServer instance() throws Exception {
        return ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1,
                "parlor.data-dir", Files.createTempDirectory("parlor-instance").toString(),
                "datasources.default.url", System.getProperty("parlor.test.postgres.url"),
                "datasources.default.username", System.getProperty("parlor.test.postgres.username"),
                "datasources.default.password", System.getProperty("parlor.test.postgres.password"),
                "parlor.redis.uri", System.getProperty("parlor.test.redis.uri"),
                "parlor.jwt.secret", "two-instances-share-this-signing-secret!",
                "parlor.membership.email-verification-required", false));
    }
}
