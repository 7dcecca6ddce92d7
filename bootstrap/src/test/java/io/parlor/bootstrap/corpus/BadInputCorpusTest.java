package io.parlor.bootstrap.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.bootstrap.corpus.CorpusServer.Member;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;

/**
 * The bad-input corpus over HTTP: generated bodies for every endpoint that takes one (wrong
 * types, empty, huge and control-character strings, invalid UTF-8, deep nesting, unknown enum
 * values, ids of other members and things). Every answer comes within ten seconds and below 500;
 * a refusal is a problem document with a code and leaves every table as it was. A body that
 * happens to be valid may succeed (counted in the statistics).
 */
class BadInputCorpusTest extends CorpusTest {

    /** An endpoint, who calls it, and a valid body to spoil. */
    record Endpoint(String method, String path, Member caller, Map<String, Object> body) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** One request of the corpus: an endpoint and the bytes sent to it. */
    record Attempt(Endpoint endpoint, String how, byte[] body) {
        @Override
        public String toString() {
            var text = new String(body, StandardCharsets.UTF_8);
            return endpoint + " with " + how + ": " + (text.length() > 200 ? text.substring(0, 200) + "..." : text);
        }
    }

    /** The server's limit on a body read whole (micronaut.server.max-request-size). */
    private static final int ONE_MEGABYTE = 1024 * 1024;

    @Property(tries = 600, shrinking = ShrinkingMode.OFF)
    void everyAnswerIsBelow500AndARefusalIsAProblemThatChangesNothing(@ForAll("attempts") Attempt attempt) {
        var before = server.databaseDigest();

        HttpResponse<String> response;
        try {
            response = server.send(attempt.endpoint().method(), attempt.endpoint().path(),
                    attempt.endpoint().caller() == null ? null : attempt.endpoint().caller().token(), attempt.body());
        } catch (IllegalStateException dropped) {
            // past the body limit the server answers 413 and closes; a client still writing may
            // then lose that answer with the connection (TCP), which is a refusal all the same
            assertThat(attempt.body().length).as("%s got no answer: %s", attempt, dropped).isGreaterThan(ONE_MEGABYTE);
            Statistics.collect("closed past the limit");
            assertThat(server.databaseDigest()).as("%s changed the database", attempt).isEqualTo(before);
            return;
        }

        int status = response.statusCode();
        Statistics.collect(status / 100 + "xx");
        assertThat(status).as("%s answered %s", attempt, response.body()).isLessThan(500);
        if (status >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).as("%s", attempt)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(server.parse(response).get("code")).as("%s", attempt).isInstanceOf(String.class);
            assertThat(server.databaseDigest()).as("%s changed the database", attempt).isEqualTo(before);
        }
    }

    @Example
    void holesInAListAreRefusedLikeAnyOtherBadField() {
        var hours = "/shops/" + server.shopId + "/designers/" + server.ana.id() + "/hours";
        var before = server.databaseDigest();

        var weekly = server.send("PUT", hours, server.ana.token(), Json.bytes(Map.of("weekly", java.util.Arrays.asList(
                (Object) null), "daysOff", List.of())));
        var daysOff = server.send("PUT", hours, server.ana.token(), Json.bytes(Map.of("weekly", List.of(),
                "daysOff", java.util.Arrays.asList((Object) null))));
        var services = server.send("POST", "/reservations", server.bo.token(), Json.bytes(body("shopId", server.shopId,
                "designerId", server.ana.id(), "serviceIds", java.util.Arrays.asList((Object) null), "startAt",
                CorpusServer.slot())));

        assertThat(List.of(weekly.statusCode(), daysOff.statusCode(), services.statusCode())).containsOnly(400);
        assertThat(server.databaseDigest()).isEqualTo(before);
    }

    private List<Endpoint> endpoints() {
        var ana = server.ana;
        var bo = server.bo;
        var shop = "/shops/" + server.shopId;
        return List.of(
                new Endpoint("POST", "/auth/signup", null, body("email", "new-" + System.nanoTime() + "@corpus.test",
                        "password", CorpusServer.PASSWORD, "name", "New", "phone", "+33612345678")),
                new Endpoint("POST", "/auth/login", null, body("email", ana.email(), "password", "not-her-password",
                        "shopCode", "ABC123")),
                new Endpoint("POST", "/auth/refresh", null, body("refreshToken", "not-a-refresh-token")),
                new Endpoint("POST", "/auth/logout", null, body("refreshToken", "not-a-refresh-token")),
                new Endpoint("POST", "/auth/email/verify", null, body("email", ana.email(), "code", "000000")),
                new Endpoint("POST", "/auth/unlock", null, body("email", bo.email(), "code", "000000")),
                new Endpoint("POST", "/auth/login-key", null, body("loginKey", "not-a-key")),
                new Endpoint("PUT", "/me/password", ana, body("currentPassword", "not-her-password",
                        "newPassword", "a-fresh-long-password")),
                new Endpoint("POST", "/admin/members/" + bo.id() + "/block", ana, body("reason", "spam")),
                new Endpoint("POST", "/shops", ana, body("name", "Salon", "timeZone", "Europe/Paris", "slotMinutes", 30)),
                new Endpoint("POST", shop + "/services", ana, body("name", "Colour", "durationMinutes", 60, "price", 50)),
                new Endpoint("POST", shop + "/designers", bo, body("memberId", bo.id())),
                new Endpoint("PUT", shop + "/designers/" + ana.id() + "/hours", bo, CorpusServer.hours()),
                new Endpoint("POST", "/reservations", bo, body("shopId", server.shopId, "designerId", ana.id(),
                        "serviceIds", List.of(server.serviceId), "startAt", CorpusServer.slot(), "note", "fringe")),
                new Endpoint("POST", "/reservations/" + server.reservationId + "/reschedule", ana,
                        body("startAt", CorpusServer.slot())),
                new Endpoint("POST", "/reservations/" + server.reservationId + "/cancel", ana, body("reason", "ill")),
                new Endpoint("POST", "/chat/rooms", bo, body("type", "DIRECT", "memberIds", List.of(bo.id()))),
                new Endpoint("POST", "/chat/rooms/" + server.roomId + "/members", bo, body("memberIds", List.of(bo.id()))),
                new Endpoint("POST", "/chat/rooms/" + server.roomId + "/read", ana, body("seq", 999_999)));
    }

    private static Map<String, Object> body(Object... keysAndValues) {
        var body = new LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }

    @Provide
    Arbitrary<Attempt> attempts() {
        var endpoints = Arbitraries.of(endpoints()).withoutEdgeCases();
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, endpoints.flatMap(endpoint -> replaced(endpoint))),
                net.jqwik.api.Tuple.of(1, endpoints.flatMap(endpoint -> dropped(endpoint))),
                net.jqwik.api.Tuple.of(2, endpoints.flatMap(endpoint -> BadValues.bodies()
                        .map(raw -> new Attempt(endpoint, "a spoilt body", raw)))));
    }

    /** One field of the body replaced by a bad value, or by a list holding only that value. */
    private Arbitrary<Attempt> replaced(Endpoint endpoint) {
        var fields = List.copyOf(endpoint.body().keySet());
        var others = List.<Object>of(server.ana.id(), server.bo.id(), server.shopId, server.serviceId,
                server.reservationId, server.roomId);
        return net.jqwik.api.Combinators.combine(Arbitraries.of(fields), BadValues.values(others), Arbitraries.of(false, true))
                .as((field, value, wrapped) -> {
                    var body = new LinkedHashMap<>(endpoint.body());
                    body.put(field, wrapped ? Arrays.asList(value) : value);
                    return new Attempt(endpoint, field + " = " + value, Json.bytes(body));
                });
    }

    private Arbitrary<Attempt> dropped(Endpoint endpoint) {
        return Arbitraries.of(List.copyOf(endpoint.body().keySet())).map(field -> {
            var body = new LinkedHashMap<>(endpoint.body());
            body.remove(field);
            return new Attempt(endpoint, "no " + field, Json.bytes(body));
        });
    }
}
