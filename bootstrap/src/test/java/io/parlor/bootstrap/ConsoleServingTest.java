package io.parlor.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The web console as a browser fetches it: from the jar, anonymously, with its security headers. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleServingTest implements TestPropertyProvider {

    private final HttpClient http = HttpClient.newHttpClient();

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("parlor.data-dir", TestDataDirectory.create("parlor-console"));
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(server.getURI().resolve(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theRootSendsABrowserToTheConsole() throws Exception {
        var root = get("/");

        assertThat(root.statusCode()).isEqualTo(303);
        assertThat(root.headers().firstValue("Location")).contains("/console/");
    }

    @Test
    void thePageMayRunOnlyItsOwnScriptsAndTalkOnlyToThisServer() throws Exception {
        var page = get("/console/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<script type=\"module\" src=\"/console/js/app.js\"></script>")
                .doesNotContain("<script>", "http://", "https://").doesNotContainPattern("\\son[a-z]+=");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("default-src 'none'", "script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    }

    @Test
    void everyScriptIsServedFromTheJarIncludingTheStompClient() throws Exception {
        var app = get("/console/js/app.js");
        var stomp = get("/console/vendor/stompjs/index.js");
        var missing = get("/console/js/no-such-file.js");

        assertThat(app.statusCode()).isEqualTo(200);
        assertThat(app.headers().firstValue("Content-Type")).contains("application/javascript");
        assertThat(stomp.statusCode()).as("the WebJar version in application.properties matches the pom").isEqualTo(200);
        assertThat(stomp.body()).contains("export * from './client.js'");
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    @Test
    void anotherOriginGetsNoCorsPermissionUnlessConfigured() throws Exception {
        var preflight = CorsOriginsTest.preflight(http, server.getURI(), "https://elsewhere.example");
        var call = get("/health", "Origin", "https://elsewhere.example");

        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(call.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
}
