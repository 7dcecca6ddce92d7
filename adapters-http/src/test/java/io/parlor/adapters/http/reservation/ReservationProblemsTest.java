package io.parlor.adapters.http.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parlor.adapters.http.RandomJwtSecret;
import io.parlor.adapters.credentials.JwtAccessTokens;
import io.parlor.application.membership.port.out.AccessGrant;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.Role;
import io.parlor.domain.reservation.HoldExpired;
import io.parlor.domain.reservation.InvalidTransition;
import io.parlor.domain.reservation.OutsideWorkingHours;
import io.parlor.domain.reservation.ReservationNotFound;
import io.parlor.domain.reservation.SlotUnavailable;
import io.parlor.domain.shared.DomainError;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The exact JSON of the reservation endpoints, for a reservation and for every documented error
 * code, with the use cases replaced by {@link StubReservations}.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "spec.name", value = "ReservationProblemsTest")
class ReservationProblemsTest implements RandomJwtSecret {

    private static final String HOLD = """
            {"shopId":"0192f3a0-0000-7000-8000-000000000002","designerId":"0192f3a0-0000-7000-8000-000000000003",
             "serviceIds":["0192f3a0-0000-7000-8000-000000000005"],"startAt":"2026-11-23T09:00:00Z"}""";

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    JwtAccessTokens tokens;

    private final HttpClient http = HttpClient.newHttpClient();
    private String token;

    @BeforeEach
    void signIn() {
        var now = Instant.now();
        token = tokens.issue(new AccessGrant(new MemberId(UUID.randomUUID()), Set.of(Role.CUSTOMER), false, now,
                now.plusSeconds(600)));
    }

    @AfterEach
    void answerAgain() {
        StubReservations.REFUSAL.set(null);
    }

    @Test
    void aReservationHasEveryMemberOfTheContractAndTheKeyReachesTheUseCase() throws IOException {
        var response = post("/reservations", HOLD, "Idempotency-Key", "attempt-1").send();

        assertThat(response.statusCode()).isEqualTo(201);
        var expected = new HashMap<String, Object>();
        expected.put("id", "0192f3a0-0000-7000-8000-000000000001");
        expected.put("shopId", "0192f3a0-0000-7000-8000-000000000002");
        expected.put("designerId", "0192f3a0-0000-7000-8000-000000000003");
        expected.put("customerId", "0192f3a0-0000-7000-8000-000000000004");
        expected.put("serviceIds", List.of("0192f3a0-0000-7000-8000-000000000005"));
        expected.put("startAt", "2026-11-23T09:00:00Z");
        expected.put("endAt", "2026-11-23T10:00:00Z");
        expected.put("status", "CONFIRMED");
        expected.put("holdExpiresAt", null);
        expected.put("price", 45.5);
        assertThat(parse(response.body())).isEqualTo(expected);
        assertThat(StubReservations.LAST_HOLD.get().idempotencyKey()).map(key -> key.value()).contains("attempt-1");
    }

    @Test
    void aTimeBeyondTheCalendarIsAnInvalidFieldNotAFailure() throws IOException {
        var farStart = post("/reservations", HOLD.replace("2026-11-23T09:00:00Z", "+999999999-12-31T23:59:59Z")).send();

        assertThat(farStart.statusCode()).isEqualTo(400);
        assertThat(parse(farStart.body())).containsEntry("code", "invalid-field");
        assertThat(farStart.body()).contains("startAt", "between the years 0001 and 9999");
    }

    @Test
    void aTakenSlotIsAConflict() throws IOException {
        assertProblem(post("/reservations", HOLD), new SlotUnavailable(), 409, "Conflict");
    }

    @Test
    void aStartOutsideWorkingHoursIsUnprocessable() throws IOException {
        var refusal = new OutsideWorkingHours(OutsideWorkingHours.Reason.CLOSED);

        assertProblem(post("/reservations", HOLD), refusal, 422, "Unprocessable Entity");
    }

    @Test
    void aHoldThatRanOutIsGone() throws IOException {
        assertProblem(post("/reservations/" + StubReservations.VIEW.id() + "/confirm", null), new HoldExpired(), 410,
                "Gone");
    }

    @Test
    void aMoveFromTheWrongStatusIsAConflict() throws IOException {
        var refusal = new InvalidTransition("only a held reservation can be confirmed");

        assertProblem(post("/reservations/" + StubReservations.VIEW.id() + "/cancel", null), refusal, 409,
                "Conflict");
    }

    @Test
    void aReservationOneMayNotSeeIsNotFound() throws IOException {
        assertProblem(get("/reservations/" + StubReservations.VIEW.id()), new ReservationNotFound(), 404,
                "Not Found");
    }

    private void assertProblem(Call call, DomainError refusal, int status, String title) throws IOException {
        StubReservations.REFUSAL.set(refusal);

        var response = call.send();

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(parse(response.body())).isEqualTo(Map.of("type", "urn:parlor:problem:" + refusal.code(),
                "title", title, "status", status, "detail", refusal.getMessage(), "code", refusal.code()));
    }

    /** A request sent when the test has set the refusal. */
    private interface Call {
        HttpResponse<String> send();
    }

    private Call post(String path, String body, String... headers) {
        return () -> send(HttpRequest.newBuilder(URI.create(server.getURI() + path))
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json"), headers);
    }

    private Call get(String path) {
        return () -> send(HttpRequest.newBuilder(URI.create(server.getURI() + path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        request.header("Authorization", "Bearer " + token).header("Accept", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> parse(String body) throws IOException {
        return json.readValue(body, Argument.mapOf(String.class, Object.class));
    }
}
