package io.parlor.adapters.http.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parlor.adapters.http.RandomJwtSecret;
import io.parlor.adapters.http.RawHttp;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "spec.name", value = "ProblemRenderingTest")
class ProblemRenderingTest implements RandomJwtSecret {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    RawHttp http;

    @BeforeEach
    void client() {
        http = new RawHttp(server.getURI());
    }

    @Test
    void anUnknownRouteIsNotFound() {
        var response = http.get("/no/such/thing");

        assertProblem(response, 404, "not-found");
    }

    @Test
    void aWrongMethodIsNotAllowed() {
        var response = http.send("DELETE", "/failing/rule", null, null);

        assertProblem(response, 405, "method-not-allowed");
    }

    @Test
    void aWrongMediaTypeIsUnsupported() {
        var response = http.send("POST", "/failing/echo", "text/plain", "email=a@b.c");

        assertProblem(response, 415, "unsupported-media-type");
    }

    @Test
    void malformedJsonIsAMalformedRequestThatEchoesNothing() {
        var response = http.postJson("/failing/echo", "{\"email\": \"a@b.c\", \"name\": ");

        var problem = assertProblem(response, 400, "malformed-request");
        assertThat(response.body()).doesNotContain("Signup", "io.parlor", "Exception");
        assertThat(problem.get("detail")).isEqualTo("The request could not be read.");
    }

    @Test
    void aBodyOverTheLimitIsTooLarge() {
        var response = http.postJson("/failing/echo", "{\"email\":\"a@b.c\",\"name\":\"" + "x".repeat(4096) + "\"}");

        assertProblem(response, 413, "payload-too-large");
        assertThat(response.headers().firstValue("Connection")).contains("close");
    }

    @Test
    void headersOverTheLimitAreAnsweredAsHeadersNotAsABody() throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(server.getURI().resolve("/failing/rule"))
                .header("X-Padding", "p".repeat(20_000)).build();

        var response = java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertProblem(response, 431, "headers-too-large");
    }

    @Test
    void anAddressOverTheLimitIsTooLong() {
        var response = http.get("/failing/rule?padding=" + "p".repeat(20_000));

        assertProblem(response, 414, "uri-too-long");
    }

    @Test
    void invalidFieldsAreListedByName() {
        var response = http.postJson("/failing/echo", "{\"email\": \"not-an-email\", \"name\": \"\"}");

        var problem = assertProblem(response, 400, "invalid-field");
        assertThat(fields(problem)).containsExactlyInAnyOrder("email", "name");
    }

    @Test
    void unknownJsonFieldsAreIgnored() {
        var response = http.postJson("/failing/echo", "{\"email\": \"a@b.c\", \"name\": \"Ann\", \"extra\": 1}");

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void aBrokenBusinessRuleKeepsItsCodeAndStatus() {
        var response = http.get("/failing/rule");

        var problem = assertProblem(response, 409, "slot-unavailable");
        assertThat(problem).containsEntry("detail", "That time is no longer free.")
                .containsEntry("type", "urn:parlor:problem:slot-unavailable")
                .containsEntry("title", "Conflict");
    }

    @Test
    void aFailingIdentityProviderIsABadGatewayThatRepeatsNothingOfIt() {
        var response = http.get("/failing/upstream");

        var problem = assertProblem(response, 502, "provider-failed");
        assertThat(problem).containsEntry("detail", "the identity provider did not confirm the login")
                .containsEntry("type", "urn:parlor:problem:provider-failed");
    }

    @Test
    void anInvalidDomainValueNamesTheField() {
        var response = http.get("/failing/value");

        var problem = assertProblem(response, 400, "invalid-field");
        assertThat(fields(problem)).containsExactly("phone");
    }

    @Test
    void anUnexpectedFailureSaysNothingOfItsCause() {
        var response = http.get("/failing/bug");

        var problem = assertProblem(response, 500, "internal-error");
        assertThat(problem.get("detail")).isEqualTo("An unexpected error occurred.");
        assertThat(response.body()).doesNotContain("SELECT", "IllegalState", "at io.");
    }

    @Test
    void aStoreThatCannotBeReachedIsAServiceUnavailableToRetryThatNamesNothing() {
        var response = http.get("/failing/outage");

        var problem = assertProblem(response, 503, "unavailable");
        assertThat(problem.get("detail")).isEqualTo("The service is unavailable; try again later.");
        assertThat(response.headers().firstValue("Retry-After")).contains("5");
        assertThat(response.body()).doesNotContain("postgresql", "database", "StoreUnavailable");
    }

    @Test
    void aStoreThatCannotBeReachedThrownAsItIsIsTheSameProblem() {
        var response = http.get("/failing/outage/direct");

        assertProblem(response, 503, "unavailable");
        assertThat(response.headers().firstValue("Retry-After")).contains("5");
        assertThat(response.body()).doesNotContain("redis", "Redis", "6379");
    }

    @Test
    void aProtectedRouteWithoutTokenIsUnauthorized() {
        var response = http.get("/failing/private");

        assertProblem(response, 401, "unauthorized");
    }

    private Map<String, Object> assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        Map<String, Object> problem = parse(response.body());
        assertThat(problem).containsEntry("status", status).containsEntry("code", code);
        assertThat(problem).containsKeys("type", "title", "detail");
        return problem;
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(Map<String, Object> problem) {
        return ((List<Map<String, Object>>) problem.get("errors")).stream()
                .map(error -> (String) error.get("field"))
                .toList();
    }

    private Map<String, Object> parse(String body) {
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
