package io.parlor.adapters.http.oauth;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A scripted provider on a loopback port: its token and user-info endpoints answer what the test sets. */
final class StubProvider implements AutoCloseable {

    /** What an endpoint answers, after an optional delay. */
    record Answer(int status, String body, Duration delay) {
        static Answer json(String body) {
            return new Answer(200, body, Duration.ZERO);
        }
    }

    /** A request as the endpoint received it. */
    record Received(String method, String contentType, String authorization, String body) {
    }

    private final HttpServer server;
    /** The nonce of the ID token the stub answers unless told otherwise. */
    static final String NONCE = "nonce-of-the-stub-0123";

    private volatile Answer token = Answer.json("{\"access_token\":\"at-1\",\"token_type\":\"bearer\",\"id_token\":\""
            + idToken("{\"iss\":\"https://idp.example\",\"sub\":\"s-1\",\"aud\":\"parlor-client\",\"nonce\":\"" + NONCE + "\"}")
            + "\"}");

    /** An unsigned JWT with these claims: the adapter reads the ID token of a direct TLS answer without its signature. */
    static String idToken(String claimsJson) {
        var encoder = java.util.Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString("{\"alg\":\"RS256\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(claimsJson.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + ".c2ln";
    }
    private volatile Answer userInfo = Answer.json("{\"sub\":\"s-1\"}");
    private final List<Received> tokenRequests = new CopyOnWriteArrayList<>();
    private final List<Received> userInfoRequests = new CopyOnWriteArrayList<>();

    StubProvider() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/token", exchange -> answer(exchange, token, tokenRequests));
        server.createContext("/userinfo", exchange -> answer(exchange, userInfo, userInfoRequests));
        server.start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    void tokenAnswers(Answer answer) {
        token = answer;
    }

    void userInfoAnswers(Answer answer) {
        userInfo = answer;
    }

    Optional<Received> lastTokenRequest() {
        return tokenRequests.isEmpty() ? Optional.empty() : Optional.of(tokenRequests.get(tokenRequests.size() - 1));
    }

    Optional<Received> lastUserInfoRequest() {
        return userInfoRequests.isEmpty() ? Optional.empty()
                : Optional.of(userInfoRequests.get(userInfoRequests.size() - 1));
    }

    private static void answer(HttpExchange exchange, Answer answer, List<Received> log) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            log.add(new Received(exchange.getRequestMethod(), exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Authorization"), body));
            sleep(answer.delay());
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
