package io.parlor.bootstrap.membership;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;

/** JSON over plain JDK HTTP, as a web client would call Parlor. */
public final class Api {

    /** A response: status, raw body, the body as JSON when it is an object, and headers. */
    public record Reply(int status, String raw, Map<String, Object> json, java.net.http.HttpHeaders headers) {

        public String text(String field) {
            return (String) json.get(field);
        }

        public String code() {
            return text("code");
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final JsonMapper json;

    public Api(URI base, JsonMapper json) {
        this.base = base;
        this.json = json;
    }

    public Reply post(String path, Object body) {
        return send("POST", path, body, null);
    }

    public Reply post(String path, Object body, String token) {
        return send("POST", path, body, token);
    }

    public Reply get(String path, String token) {
        return send("GET", path, null, token);
    }

    public Reply send(String method, String path, Object body, String token) {
        return send(method, path, body, token, Map.of());
    }

    /** As {@link #send(String, String, Object, String)}, with more request headers. */
    public Reply send(String method, String path, Object body, String token, Map<String, String> headers) {
        try {
            var request = HttpRequest.newBuilder(base.resolve(path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)))
                    .header("Accept", "application/json");
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            headers.forEach(request::header);
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), parse(response.body()), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> parse(String body) {
        if (body == null || !body.startsWith("{")) {
            return Map.of();
        }
        try {
            return json.readValue(body, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }
}
