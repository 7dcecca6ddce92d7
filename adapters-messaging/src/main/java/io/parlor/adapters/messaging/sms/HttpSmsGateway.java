package io.parlor.adapters.messaging.sms;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.parlor.application.notification.port.out.SmsGateway;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * Sends each text message as one JSON POST; any answer but 2xx, or no answer in time, is a failure
 * worth retrying. Uses the JDK's HTTP client: a gateway call is one request, not worth a library.
 */
public final class HttpSmsGateway implements SmsGateway {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SmsSettings settings;
    private final HttpClient client;

    public HttpSmsGateway(SmsSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public void send(String phone, String text) {
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(settings.url()))
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(
                            JSON.writeValueAsBytes(Map.of("to", phone, "text", text))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (settings.key() != null && !settings.key().isBlank()) {
            request.header("Authorization", "Bearer " + settings.key());
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("the SMS gateway could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending an SMS", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("the SMS gateway answered " + response.statusCode());
        }
    }
}
