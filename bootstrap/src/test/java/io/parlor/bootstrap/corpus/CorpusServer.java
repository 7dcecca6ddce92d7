package io.parlor.bootstrap.corpus;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.transaction.TransactionOperations;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The server the bad-input corpus is thrown at: the embedded default on a fresh data directory,
 * with two members, a shop of the first with a service and hours, a hold of the second, and a
 * room of both, so that every endpoint has something real to refuse requests about.
 */
final class CorpusServer implements AutoCloseable {

    static final String PASSWORD = "amber-quartz-meadow";
    /** Columns a refused login changes on purpose (the lockout counts failures). */
    private static final Set<String> COUNTERS = Set.of("failed_logins", "locked_until");
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);

    final EmbeddedServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(ANSWER_WITHIN).build();
    final Member ana;
    final Member bo;
    final String shopId;
    final String serviceId;
    final String reservationId;
    final String roomId;
    private final JsonMapper json;

    record Member(String id, String email, String token) {
    }

    CorpusServer() throws IOException {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1,
                "parlor.data-dir", Files.createTempDirectory("parlor-corpus").toString(),
                "parlor.membership.email-verification-required", false,
                "parlor.http.quotas.enabled", false));
        json = server.getApplicationContext().getBean(JsonMapper.class);
        ana = member("Ana");
        bo = member("Bo");
        shopId = created("/shops", ana, "{\"name\":\"Salon Corpus\",\"timeZone\":\"Europe/Paris\",\"slotMinutes\":30}");
        serviceId = created("/shops/" + shopId + "/services", ana,
                "{\"name\":\"Cut\",\"durationMinutes\":30,\"price\":20}");
        send("PUT", "/shops/" + shopId + "/designers/" + ana.id() + "/hours", ana.token(), Json.bytes(hours()));
        reservationId = created("/reservations", bo, "{\"shopId\":\"" + shopId + "\",\"designerId\":\"" + ana.id()
                + "\",\"serviceIds\":[\"" + serviceId + "\"],\"startAt\":\"" + slot() + "\"}");
        roomId = created("/chat/rooms", ana, "{\"type\":\"GROUP\",\"name\":\"corpus\",\"memberIds\":[\"" + bo.id() + "\"]}");
    }

    static Map<String, Object> hours() {
        var weekly = new ArrayList<Object>();
        for (var day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            weekly.add(Map.of("dayOfWeek", day, "start", "09:00", "end", "18:00"));
        }
        return Map.of("weekly", weekly, "daysOff", List.of());
    }

    /** 10:00 in Paris, a week from now. */
    static String slot() {
        var day = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).plusDays(7);
        return day.atTime(10, 0).atZone(java.time.ZoneId.of("Europe/Paris")).toInstant().toString();
    }

    private Member member(String name) {
        var email = name.toLowerCase() + "-" + System.nanoTime() + "@corpus.test";
        var body = "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"name\":\"" + name + "\"}";
        var id = (String) parse(send("POST", "/auth/signup", null, body.getBytes(StandardCharsets.UTF_8))).get("id");
        var login = parse(send("POST", "/auth/login", null,
                ("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}").getBytes(StandardCharsets.UTF_8)));
        return new Member(id, email, (String) login.get("accessToken"));
    }

    private String created(String path, Member caller, String body) {
        var response = send("POST", path, caller.token(), body.getBytes(StandardCharsets.UTF_8));
        if (response.statusCode() != 201) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return (String) parse(response).get("id");
    }

    /** Sends {@code body} as JSON; an answer later than ten seconds fails (a hang is a defect). */
    HttpResponse<String> send(String method, String path, String token, byte[] body) {
        var request = HttpRequest.newBuilder(URI.create(server.getURI() + path)).timeout(ANSWER_WITHIN)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " got no answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Map<String, Object> parse(HttpResponse<String> response) {
        return parse(response.body());
    }

    Map<String, Object> parse(String body) {
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }

    /** A digest of every row of every table but the migration history and the failure counters. */
    String databaseDigest() {
        TransactionOperations<Connection> transactions = server.getApplicationContext()
                .getBean(Argument.of(TransactionOperations.class, Connection.class));
        return transactions.executeRead(status -> digestOf(status.getConnection()));
    }

    private static String digestOf(Connection connection) {
        try {
            var tables = new ArrayList<String>();
            try (var rows = connection.createStatement().executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                            + "AND table_name NOT IN ('flyway_schema_history', 'deadlines') ORDER BY table_name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            // deadlines are left out: background work writes them at any moment (an accepted message
            // of an earlier try schedules its unread alert asynchronously; workers claim and
            // reschedule recurring purges), so they would make a refusal look like a change
            // each row on its own line, the lines sorted: the digest does not depend on row order
            var lines = new ArrayList<String>();
            for (var table : tables) {
                try (var rows = connection.createStatement().executeQuery("SELECT * FROM " + table)) {
                    var meta = rows.getMetaData();
                    while (rows.next()) {
                        var line = new StringBuilder(table);
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            if (!COUNTERS.contains(meta.getColumnName(i).toLowerCase())) {
                                var value = rows.getObject(i);
                                line.append('|').append(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes)
                                        : String.valueOf(value));
                            }
                        }
                        lines.add(line.toString());
                    }
                }
            }
            lines.sort(null);
            var digest = MessageDigest.getInstance("SHA-256");
            lines.forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (SQLException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
