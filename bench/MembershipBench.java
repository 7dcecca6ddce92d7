import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Logins/s and refreshes/s against a running Parlor, printed as one JSON line.
 * Usage: java MembershipBench.java BASE_URL [clients] [seconds] [logins-only]
 * With {@code logins-only} it measures logins alone, as the burst of {@code bench/login-burst.sh}.
 * The server must let sign-up log in at once (PARLOR_MEMBERSHIP_EMAIL_VERIFICATION_REQUIRED=false).
 */
public class MembershipBench {

    private static final Pattern REFRESH = Pattern.compile("\"refreshToken\":\"([^\"]+)\"");
    private static final String PASSWORD = "bench-violet-harbor";

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        boolean loginsOnly = args.length > 3 && args[3].equals("logins-only");
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String email = "bench-" + System.nanoTime() + "-" + i + "@example.com";
            expect(post(http, base + "/auth/signup", "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
                    + "\",\"name\":\"Bench\"}"), 201);
            emails.add(email);
        }
        var logins = run(clients, seconds, client -> expect(post(http, base + "/auth/login",
                "{\"email\":\"" + emails.get(client) + "\",\"password\":\"" + PASSWORD + "\"}"), 200));
        if (loginsOnly) {
            System.out.printf("{\"clients\":%d,\"seconds\":%d,\"loginsPerSecond\":%.1f,\"loginP50Ms\":%.1f,"
                    + "\"loginP99Ms\":%.1f,\"errors\":%d}%n", clients, seconds, logins.perSecond(),
                    logins.percentile(50), logins.percentile(99), logins.errors);
            return;
        }
        String[] refresh = new String[clients];
        for (int i = 0; i < clients; i++) {
            refresh[i] = token(expect(post(http, base + "/auth/login",
                    "{\"email\":\"" + emails.get(i) + "\",\"password\":\"" + PASSWORD + "\"}"), 200));
        }
        var refreshes = run(clients, seconds, client -> refresh[client] = token(expect(post(http,
                base + "/auth/refresh", "{\"refreshToken\":\"" + refresh[client] + "\"}"), 200)));
        System.out.printf("{\"clients\":%d,\"seconds\":%d,\"loginsPerSecond\":%.1f,\"loginP50Ms\":%.1f,"
                        + "\"loginP99Ms\":%.1f,\"refreshesPerSecond\":%.1f,\"refreshP50Ms\":%.1f,\"refreshP99Ms\":%.1f,"
                        + "\"errors\":%d}%n", clients, seconds, logins.perSecond(), logins.percentile(50),
                logins.percentile(99), refreshes.perSecond(), refreshes.percentile(50), refreshes.percentile(99),
                logins.errors + refreshes.errors);
    }

    interface Step {
        void run(int client) throws Exception;
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
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        step.run(client);
                        latencies.add(System.nanoTime() - t0);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
                done.countDown();
            }).start();
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Result(latencies.size(), errors.get(), elapsed, latencies.stream().mapToLong(Long::longValue).toArray());
    }

    private static HttpResponse<String> post(HttpClient http, String url, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("expected " + status + " but got " + response.statusCode());
        }
        return response.body();
    }

    private static String token(String body) {
        var match = REFRESH.matcher(body);
        if (!match.find()) {
            throw new IllegalStateException("no refresh token in the answer");
        }
        return match.group(1);
    }
}
