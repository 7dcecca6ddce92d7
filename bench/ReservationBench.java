import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Hold throughput and availability latency against a running Parlor, printed as one JSON line:
 * holds/s with every client booking its own designer (uncontended, after warm-up rounds as long as
 * the run, for two minutes at least and then until one's rate is within a tenth of the one before,
 * at most 12; the first round's rate is printed too); hold attempts/s and successful holds/s with
 * 50 clients fighting for 10 slots of one designer (a winner cancels at once, so the slots stay
 * contested; an attempt's latency includes that cancel); and the latency of availability queries,
 * one at a time, for a half-booked day of a designer with 5,000 reservations.
 * Usage: java ReservationBench.java BASE_URL [clients] [seconds] [holds-only]
 * ({@code holds-only} stops after the uncontended run, for profiling it alone).
 * The server must let sign-up log in at once (PARLOR_MEMBERSHIP_EMAIL_VERIFICATION_REQUIRED=false)
 * and keep holds longer than the run (PARLOR_RESERVATION_HOLD_TTL=2h).
 */
public class ReservationBench {

    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");
    private static final String PASSWORD = "bench-violet-harbor";
    private static final ZoneId ZONE = ZoneId.of("Asia/Seoul");
    private static final int FIGHTERS = 50;
    private static final int CONTESTED_SLOTS = 10;
    private static final int SEEDED = 5_000;
    /** Seeded reservations take every other 5-minute start: 00:00, 00:10, ... 23:40. */
    private static final int SEEDED_PER_DAY = 143;
    private static final int MAX_WARM_UP_ROUNDS = 12;
    private static final int MIN_WARM_UP_SECONDS = 120;

    private static HttpClient http;
    private static String base;

    public static void main(String[] args) throws Exception {
        base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        boolean holdsOnly = args.length > 3 && args[3].equals("holds-only");
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        String owner = signUp()[1];
        String shop = id(expect(post("/shops", "{\"name\":\"Bench\",\"timeZone\":\"" + ZONE.getId()
                + "\",\"slotMinutes\":5}", owner), 201));
        String service = id(expect(post("/shops/" + shop + "/services",
                "{\"name\":\"Trim\",\"durationMinutes\":5,\"price\":10}", owner), 201));
        LocalDate today = LocalDate.now(ZONE);

        String[][] own = new String[clients][];
        for (int c = 0; c < clients; c++) {
            own[c] = new String[] {designer(shop, owner), signUp()[1]};
        }
        // the same holds for other designers first, untimed, for two minutes at least and then until a round's
        // rate is within a tenth of the one before: on two shared cores the JIT needs two minutes or more of
        // this load before the server runs fully compiled, as a server in use does
        double firstWarmUp = 0;
        double lastWarmUp = 0;
        int rounds = 0;
        boolean steady = false;
        while (!steady && rounds < MAX_WARM_UP_ROUNDS) {
            String[][] warmUp = new String[clients][];
            for (int c = 0; c < clients; c++) {
                warmUp[c] = new String[] {designer(shop, owner), signUp()[1]};
            }
            double rate = run(clients, seconds, (client, i) -> expect(hold(warmUp[client][1], shop, warmUp[client][0],
                    service, start(today, 2 + i / 287, 5 * (i % 287))), 201)).perSecond();
            steady = (rounds + 1) * seconds >= MIN_WARM_UP_SECONDS && Math.abs(rate - lastWarmUp) <= 0.1 * lastWarmUp;
            firstWarmUp = rounds == 0 ? rate : firstWarmUp;
            lastWarmUp = rate;
            rounds++;
        }
        var uncontended = run(clients, seconds, (client, i) -> expect(hold(own[client][1], shop, own[client][0],
                service, start(today, 2 + i / 287, 5 * (i % 287))), 201));
        if (holdsOnly) {
            System.out.printf("{\"clients\":%d,\"seconds\":%d,\"warmUpRounds\":%d,\"firstWarmUpHoldsPerSecond\":%.1f,"
                            + "\"uncontendedHoldsPerSecond\":%.1f,"
                            + "\"uncontendedHoldP50Ms\":%.1f,\"uncontendedHoldP99Ms\":%.1f,\"errors\":%d}%n",
                    clients, seconds, rounds, firstWarmUp, uncontended.perSecond(), uncontended.percentile(50),
                    uncontended.percentile(99), uncontended.errors());
            return;
        }

        String contested = designer(shop, owner);
        String[] fighters = new String[FIGHTERS];
        for (int c = 0; c < FIGHTERS; c++) {
            fighters[c] = signUp()[1];
        }
        var won = new AtomicLong();
        var contention = run(FIGHTERS, seconds, (client, i) -> {
            var reply = hold(fighters[client], shop, contested, service,
                    start(today, 3, 600 + 5 * ((client + i) % CONTESTED_SLOTS)));
            if (reply.statusCode() == 201) {
                won.incrementAndGet();
                expect(post("/reservations/" + id(reply.body()) + "/cancel", null, fighters[client]), 200);
            } else {
                expect(reply, 409);
            }
        });

        String busy = designer(shop, owner);
        String[] seeders = new String[clients];
        for (int c = 0; c < clients; c++) {
            seeders[c] = signUp()[1];
        }
        var seeded = new AtomicLong();
        var seeding = new AtomicLong();
        run(clients, Integer.MAX_VALUE / 2, (client, i) -> {
            long k = seeding.getAndIncrement();
            if (k >= SEEDED) {
                throw new Done();
            }
            expect(hold(seeders[client], shop, busy, service, start(today, 2 + (int) k / SEEDED_PER_DAY,
                    10 * (int) (k % SEEDED_PER_DAY))), 201);
            seeded.incrementAndGet();
        });
        String query = "/shops/" + shop + "/availability?designerId=" + busy + "&serviceIds=" + service + "&date="
                + today.plusDays(2 + SEEDED / SEEDED_PER_DAY / 2);
        var availability = run(1, seconds, (client, i) -> expect(get(query), 200));

        System.out.printf("{\"clients\":%d,\"seconds\":%d,\"warmUpRounds\":%d,\"firstWarmUpHoldsPerSecond\":%.1f,"
                        + "\"uncontendedHoldsPerSecond\":%.1f,"
                        + "\"uncontendedHoldP50Ms\":%.1f,\"uncontendedHoldP99Ms\":%.1f,"
                        + "\"contendedClients\":%d,\"contendedSlots\":%d,\"contendedAttemptsPerSecond\":%.1f,"
                        + "\"contendedHoldsPerSecond\":%.1f,\"contendedAttemptP50Ms\":%.1f,\"contendedAttemptP99Ms\":%.1f,"
                        + "\"designerReservations\":%d,\"availabilityQueriesPerSecond\":%.1f,"
                        + "\"availabilityP50Ms\":%.1f,\"availabilityP99Ms\":%.1f,\"errors\":%d}%n",
                clients, seconds, rounds, firstWarmUp, uncontended.perSecond(), uncontended.percentile(50),
                uncontended.percentile(99), FIGHTERS, CONTESTED_SLOTS, contention.perSecond(), won.get() / contention.seconds(),
                contention.percentile(50), contention.percentile(99), seeded.get(), availability.perSecond(),
                availability.percentile(50), availability.percentile(99),
                uncontended.errors() + contention.errors() + availability.errors());
    }

    interface Step {
        void run(int client, int iteration) throws Exception;
    }

    /** Ends a client's loop early. */
    static final class Done extends RuntimeException {
        Done() {
            super(null, null, false, false);
        }
    }

    record Result(long count, long errors, double seconds, long[] latenciesNanos) {
        double perSecond() {
            return count / seconds;
        }

        double percentile(int p) {
            if (latenciesNanos.length == 0) {
                return 0;
            }
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
        }
    }

    private static Result run(int clients, int seconds, Step step) throws InterruptedException {
        var latencies = new ConcurrentLinkedQueue<Long>();
        var errors = new AtomicLong();
        var done = new CountDownLatch(clients);
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        for (int c = 0; c < clients; c++) {
            int client = c;
            new Thread(() -> {
                try {
                    for (int i = 0; System.nanoTime() < end; i++) {
                        long t0 = System.nanoTime();
                        try {
                            step.run(client, i);
                            latencies.add(System.nanoTime() - t0);
                        } catch (Done finished) {
                            return;
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                    }
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Result(latencies.size(), errors.get(), elapsed,
                latencies.stream().mapToLong(Long::longValue).toArray());
    }

    /** A new designer of the shop who works every day from 00:00 to 23:55. */
    private static String designer(String shop, String owner) throws Exception {
        String[] member = signUp();
        expect(post("/shops/" + shop + "/designers", "{\"memberId\":\"" + member[0] + "\"}", owner), 201);
        var weekly = new ArrayList<String>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            weekly.add("{\"dayOfWeek\":\"" + day + "\",\"start\":\"00:00\",\"end\":\"23:55\"}");
        }
        expect(send("PUT", "/shops/" + shop + "/designers/" + member[0] + "/hours",
                "{\"weekly\":[" + String.join(",", weekly) + "],\"daysOff\":[]}", owner), 200);
        return member[0];
    }

    /** {@code [memberId, accessToken]} of a new member. */
    private static String[] signUp() throws Exception {
        String email = "bench-" + System.nanoTime() + "-" + Math.random() + "@example.com";
        String id = id(expect(post("/auth/signup", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
                + "\",\"name\":\"Bench\"}", null), 201));
        var login = expect(post("/auth/login", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}",
                null), 200);
        var token = TOKEN.matcher(login);
        if (!token.find()) {
            throw new IllegalStateException("no access token in the answer");
        }
        return new String[] {id, token.group(1)};
    }

    private static String start(LocalDate today, int days, int minutes) {
        return today.plusDays(days).atStartOfDay(ZONE).plusMinutes(minutes).toInstant().toString();
    }

    private static HttpResponse<String> hold(String token, String shop, String designer, String service,
            String startAt) throws Exception {
        return post("/reservations", "{\"shopId\":\"" + shop + "\",\"designerId\":\"" + designer
                + "\",\"serviceIds\":[\"" + service + "\"],\"startAt\":\"" + startAt + "\"}", token);
    }

    private static HttpResponse<String> post(String path, String json, String token) throws Exception {
        return send("POST", path, json, token);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> send(String method, String path, String json, String token)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path)).method(method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("expected " + status + " but got " + response.statusCode());
        }
        return response.body();
    }

    private static String id(String body) {
        var match = ID.matcher(body);
        if (!match.find()) {
            throw new IllegalStateException("no id in the answer");
        }
        return match.group(1);
    }
}
