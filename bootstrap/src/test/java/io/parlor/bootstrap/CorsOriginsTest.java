package io.parlor.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** With PARLOR_CORS_ORIGINS set, exactly the origins it names may call the API from a browser. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorsOriginsTest implements TestPropertyProvider {

    private static final String ALLOWED = "https://app.example.com";

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<String, String>(CorsOrigins.properties(" " + ALLOWED + " , http://localhost:5173"));
        properties.put("parlor.data-dir", TestDataDirectory.create("parlor-cors"));
        return properties;
    }

    /** The browser's question before a cross-origin GET of /me with a bearer token. */
    static HttpResponse<String> preflight(HttpClient http, URI server, String origin) throws Exception {
        return http.send(HttpRequest.newBuilder(server.resolve("/me"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization").build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aNamedOriginMayCallWithABearerToken() throws Exception {
        var answer = preflight(http, server.getURI(), ALLOWED);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).contains(ALLOWED);
        assertThat(answer.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(
                headers -> assertThat(headers.toLowerCase()).contains("authorization"));
    }

    @Test
    void anyOtherOriginMayNot() throws Exception {
        var answer = preflight(http, server.getURI(), "https://evil.example");

        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void noOriginLeavesCorsClosedAndAnythingButAnOriginIsRefusedAtStart() {
        assertThat(CorsOrigins.properties(null)).isEmpty();
        assertThat(CorsOrigins.properties(" , ")).isEmpty();
        assertThatThrownBy(() -> CorsOrigins.properties("*")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PARLOR_CORS_ORIGINS");
        assertThatThrownBy(() -> CorsOrigins.properties("https://app.example.com/path"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
