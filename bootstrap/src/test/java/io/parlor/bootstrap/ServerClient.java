package io.parlor.bootstrap;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Plain JDK HTTP against a running server, as curl or a browser would call it. */
final class ServerClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final JsonMapper json;

    ServerClient(URI base, JsonMapper json) {
        this.base = base;
        this.json = json;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).build());
    }

    /** The parsed answer to a GET with this bearer token. */
    Map<String, Object> getJson(String path, String token) {
        return parse(send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token)
                .build()).body());
    }

    /** Logs in and returns the access token. */
    String logIn(String email, String password) {
        var body = "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
        return (String) parse(send(HttpRequest.newBuilder(base.resolve("/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                .build()).body()).get("accessToken");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Map<String, Object> getJson(String path) {
        return parse(get(path).body());
    }

    private Map<String, Object> parse(String body) {
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> detail(Map<String, Object> health, String indicator) {
        return (Map<String, Object>) ((Map<String, Object>) health.get("details")).get(indicator);
    }
}
