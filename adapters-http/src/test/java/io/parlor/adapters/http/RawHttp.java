package io.parlor.adapters.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Plain JDK HTTP calls, so tests see status, headers and bytes exactly as a client would. */
public final class RawHttp {

    private final HttpClient client = HttpClient.newHttpClient();
    private final URI base;

    public RawHttp(URI base) {
        this.base = base;
    }

    public HttpResponse<String> send(String method, String path, String contentType, String body) {
        var request = HttpRequest.newBuilder(base.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return client.send(request.header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null, null);
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send("POST", path, "application/json", json);
    }
}
