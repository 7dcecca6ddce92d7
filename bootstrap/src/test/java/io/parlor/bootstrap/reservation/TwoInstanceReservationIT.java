package io.parlor.bootstrap.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.parlor.bootstrap.membership.Api;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import org.junit.jupiter.api.Test;

/**
 * Two application instances on one PostgreSQL and one Redis, as behind a load balancer, and 200
 * customers racing for overlapping times of one designer: exactly one hold is made, on the
 * fast path through the Redis slot lock and, when Redis goes away in the middle of the race,
 * through the database guard alone. The database itself is then asked, in plain SQL, whether
 * any two of the designer's reservations that block time overlap.
 */
class TwoInstanceReservationIT {

    @Test
    void twoHundredConcurrentHoldsOnTwoInstancesMakeExactlyOneReservation() throws Exception {
        var redis = System.getProperty("parlor.test.redis.uri");
        try (var first = instance(redis); var second = instance(redis)) {
            var race = HoldRace.prepare(first.api(), second.api());

            var replies = race.run(HoldRace.CUSTOMERS, () -> { });
            var statuses = replies.stream().map(Api.Reply::status).toList();
            long blockingAfterRace = blockingReservationsOf(race.designer());
            long overlapsAfterRace = overlappingPairsOf(race.designer());
            int winner = statuses.indexOf(201);
            var cancelled = race.cancelOnTheOtherInstance(winner, replies.get(winner).text("id"));
            var nextHold = race.holdAgain((winner + 1) % HoldRace.CUSTOMERS);

            assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
            assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(HoldRace.CUSTOMERS - 1);
            assertThat(blockingAfterRace).isEqualTo(1);
            assertThat(overlapsAfterRace).isZero();
            assertThat(cancelled).isEqualTo(200);
            assertThat(nextHold).isEqualTo(201);
        }
    }

    @Test
    void withRedisStoppedMidRunTheDatabaseStillLetsExactlyOneHoldThrough() throws Exception {
        try (var redis = OwnRedisServer.start();
             var first = instance(redis.uri()); var second = instance(redis.uri())) {
            var race = HoldRace.prepare(first.api(), second.api());
            long started = System.nanoTime();

            var statuses = race.run(40, redis::stop).stream().map(Api.Reply::status).toList();
            var afterwards = race.holdAnotherDay();

            assertThat(statuses).hasSize(HoldRace.CUSTOMERS).allMatch(s -> s == 201 || s == 409);
            assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
            assertThat(afterwards).isEqualTo(201);
            assertThat(blockingReservationsOf(race.designer())).isEqualTo(2);
            assertThat(overlappingPairsOf(race.designer())).isZero();
        }
    }

    /** An application instance; closing it stops it. */
    private record Instance(EmbeddedServer server) implements AutoCloseable {

        Api api() {
            return new Api(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class));
        }

        @Override
        public void close() {
            server.getApplicationContext().close();
        }
    }

    private static Instance instance(String redisUri) throws Exception {
        var properties = new HashMap<String, Object>();
        properties.put("spec.name", "ReservationTwoInstances");
        properties.put("micronaut.server.port", -1);
        properties.put("parlor.data-dir", Files.createTempDirectory("parlor-instance").toString());
        properties.put("datasources.default.url", System.getProperty("parlor.test.postgres.url"));
        properties.put("datasources.default.username", System.getProperty("parlor.test.postgres.username"));
        properties.put("datasources.default.password", System.getProperty("parlor.test.postgres.password"));
        properties.put("parlor.redis.uri", redisUri);
        properties.put("parlor.jwt.secret", "two-instances-share-this-signing-secret!");
        properties.put("parlor.membership.email-verification-required", false);
        return new Instance(ApplicationContext.run(EmbeddedServer.class, properties));
    }

    /** The designer's reservations that block time now: held and unexpired, or confirmed. */
    private static long blockingReservationsOf(String designer) throws SQLException {
        return count("""
                SELECT count(*) FROM reservations
                WHERE designer_id = ?::uuid
                  AND (status = 'CONFIRMED' OR (status = 'HELD' AND hold_expires_at > now()))""", designer);
    }

    /** Pairs of the designer's reservations that block time now and overlap on [start_at, blocked_until). */
    private static long overlappingPairsOf(String designer) throws SQLException {
        return count("""
                SELECT count(*) FROM reservations a JOIN reservations b
                  ON b.designer_id = a.designer_id AND a.id < b.id
                 AND a.start_at < b.blocked_until AND b.start_at < a.blocked_until
                WHERE a.designer_id = ?::uuid
                  AND (a.status = 'CONFIRMED' OR (a.status = 'HELD' AND a.hold_expires_at > now()))
                  AND (b.status = 'CONFIRMED' OR (b.status = 'HELD' AND b.hold_expires_at > now()))""", designer);
    }

    private static long count(String sql, String designer) throws SQLException {
        try (var connection = DriverManager.getConnection(System.getProperty("parlor.test.postgres.url"),
                System.getProperty("parlor.test.postgres.username"), System.getProperty("parlor.test.postgres.password"));
             var statement = connection.prepareStatement(sql)) {
            statement.setString(1, designer);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
