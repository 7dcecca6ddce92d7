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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two application instances on one PostgreSQL and one Redis, as behind a load balancer, and 200
 * customers racing for overlapping times of one designer: exactly one hold is made, on the
 * fast path through the Redis slot lock and, when Redis goes away in the middle of the race,
 * through the database guard alone. The database itself is then asked, in plain SQL, whether
 * any two of the designer's reservations that block time overlap.
 */
class TwoInstanceReservationIT {

    private static final int CUSTOMERS = 200;
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final String PASSWORD = "violet-harbor-lantern";
    /** Four starts, 30 minutes apart, of a 120-minute service: any two of them overlap. */
    private static final List<String> STARTS = List.of("10:00", "10:30", "11:00", "11:30");

    @Test
    void twoHundredConcurrentHoldsOnTwoInstancesMakeExactlyOneReservation() throws Exception {
        var redis = System.getProperty("parlor.test.redis.uri");
        try (var first = instance(redis); var second = instance(redis)) {
            var race = Race.prepare(first, second);

            var replies = race.run(CUSTOMERS, () -> { });
            var statuses = replies.stream().map(Api.Reply::status).toList();
            long blockingAfterRace = blockingReservationsOf(race.designer());
            long overlapsAfterRace = overlappingPairsOf(race.designer());
            int winner = statuses.indexOf(201);
            var cancelled = race.cancelOnTheOtherInstance(winner, replies.get(winner).text("id"));
            var nextHold = race.holdAgain((winner + 1) % CUSTOMERS);

            assertThat(statuses.stream().filter(s -> s == 201).count()).isEqualTo(1);
            assertThat(statuses.stream().filter(s -> s == 409).count()).isEqualTo(CUSTOMERS - 1);
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
            var race = Race.prepare(first, second);
            long started = System.nanoTime();

            var statuses = race.run(40, redis::stop).stream().map(Api.Reply::status).toList();
            var afterwards = race.holdAnotherDay();

            assertThat(statuses).hasSize(CUSTOMERS).allMatch(s -> s == 201 || s == 409);
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

    /** One shop, one designer, one long service and 200 signed-in customers, spread over two instances. */
    private record Race(Api[] apis, String shop, String designer, String service, List<String> tokens,
                        LocalDate day) {

        static Race prepare(Instance first, Instance second) throws Exception {
            var apis = new Api[] {first.api(), second.api()};
            var owner = signUp(apis[0]);
            var designer = signUp(apis[1]);
            var shop = apis[0].post("/shops", Map.of("name", "Salon Duo", "timeZone", ZONE.getId()), owner[1])
                    .text("id");
            apis[0].post("/shops/" + shop + "/designers", Map.of("memberId", designer[0]), owner[1]);
            var service = apis[0].post("/shops/" + shop + "/services",
                    Map.of("name", "Colour", "durationMinutes", 120, "price", 90), owner[1]).text("id");
            var weekly = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
                    .stream().map(day -> Map.of("dayOfWeek", day, "start", "08:00", "end", "20:00")).toList();
            var hours = apis[1].send("PUT", "/shops/" + shop + "/designers/" + designer[0] + "/hours",
                    Map.of("weekly", weekly, "daysOff", List.of()), designer[1]);
            assertThat(hours.status()).isEqualTo(200);
            var tokens = inParallel(CUSTOMERS, 16, i -> signUp(apis[i % 2])[1]);
            return new Race(apis, shop, designer[0], service, tokens, LocalDate.now(ZONE).plusDays(2));
        }

        /**
         * Sends one hold per customer, alternating instances and starts, {@code CUSTOMERS} at once;
         * runs {@code midway} after {@code midwayAfter} answers while the rest are in flight.
         */
        List<Api.Reply> run(int midwayAfter, Interruption midway) throws Exception {
            var gate = new CountDownLatch(1);
            var answered = new CountDownLatch(midwayAfter);
            var pool = Executors.newFixedThreadPool(CUSTOMERS);
            try {
                List<Future<Api.Reply>> results = new ArrayList<>();
                for (int i = 0; i < CUSTOMERS; i++) {
                    int customer = i;
                    results.add(pool.submit(() -> {
                        gate.await();
                        try {
                            return hold(customer % 2, tokens.get(customer), at(STARTS.get(customer % STARTS.size())));
                        } finally {
                            answered.countDown();
                        }
                    }));
                }
                gate.countDown();
                assertThat(answered.await(60, TimeUnit.SECONDS)).isTrue();
                midway.run();
                var replies = new ArrayList<Api.Reply>();
                for (Future<Api.Reply> result : results) {
                    replies.add(result.get(60, TimeUnit.SECONDS));
                }
                return replies;
            } finally {
                pool.shutdownNow();
            }
        }

        /** A hold of a free time on another day, by the first customer. */
        int holdAnotherDay() {
            return hold(0, tokens.get(0), day.plusDays(1).atTime(LocalTime.parse("10:00")).atZone(ZONE).toInstant())
                    .status();
        }

        /** The customer cancels its reservation through the instance it did not hold it on. */
        int cancelOnTheOtherInstance(int customer, String reservation) {
            return apis[(customer + 1) % 2].post("/reservations/" + reservation + "/cancel", Map.of("reason", "moved"),
                    tokens.get(customer)).status();
        }

        /** The customer holds the first of the raced starts again. */
        int holdAgain(int customer) {
            return hold(customer % 2, tokens.get(customer), at(STARTS.get(0))).status();
        }

        private Api.Reply hold(int instance, String token, Instant startAt) {
            return apis[instance].post("/reservations", Map.of("shopId", shop, "designerId", designer,
                    "serviceIds", List.of(service), "startAt", startAt.toString()), token);
        }

        private Instant at(String time) {
            return day.atTime(LocalTime.parse(time)).atZone(ZONE).toInstant();
        }

        /** {@code [memberId, accessToken]} of a new member. */
        private static String[] signUp(Api api) {
            var email = "duo-" + UUID.randomUUID() + "@example.com";
            var member = api.post("/auth/signup", Map.of("email", email, "password", PASSWORD, "name", "Ari Lee"));
            var login = api.post("/auth/login", Map.of("email", email, "password", PASSWORD));
            assertThat(login.status()).isEqualTo(200);
            return new String[] {member.text("id"), login.text("accessToken")};
        }
    }

    /** What happens while the race runs. */
    @FunctionalInterface
    private interface Interruption {
        void run() throws Exception;
    }

    @FunctionalInterface
    private interface Task<T> {
        T run(int index) throws Exception;
    }

    private static <T> List<T> inParallel(int count, int threads, Task<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                Callable<T> call = () -> task.run(index);
                futures.add(pool.submit(call));
            }
            var results = new ArrayList<T>();
            for (Future<T> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
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
