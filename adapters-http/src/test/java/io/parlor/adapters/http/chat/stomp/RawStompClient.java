package io.parlor.adapters.http.chat.stomp;

import static org.assertj.core.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A plain WebSocket client that speaks STOMP frame by frame, so tests control every byte:
 * split and batched frames, malformed ones, and a consumer that stops reading.
 */
final class RawStompClient implements WebSocket.Listener {

    private final StompDecoder decoder = new StompDecoder(16 * 1024 * 1024);
    private final BlockingQueue<StompFrame> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private final boolean reading;
    private WebSocket socket;

    private RawStompClient(boolean reading) {
        this.reading = reading;
    }

    /** A client that reads everything the server sends. */
    static RawStompClient open(URI server) {
        return open(server, true);
    }

    /** A client that never reads after the handshake, like a stalled browser tab. */
    static RawStompClient stalled(URI server) {
        return open(server, false);
    }

    private static RawStompClient open(URI server, boolean reading) {
        var client = new RawStompClient(reading);
        client.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .subprotocols("v12.stomp")
                .connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create("ws://" + server.getHost() + ":" + server.getPort() + "/ws/chat"), client)
                .join();
        return client;
    }

    String subprotocol() {
        return socket.getSubprotocol();
    }

    RawStompClient sendRaw(String text) {
        socket.sendText(text, true).join();
        return this;
    }

    RawStompClient send(String command, String body, String... headers) {
        return sendRaw(new String(StompEncoder.frame(command, body.getBytes(StandardCharsets.UTF_8), headers),
                StandardCharsets.UTF_8));
    }

    RawStompClient connect(String token) {
        send("CONNECT", "", "accept-version", "1.2", "host", "parlor", "Authorization", "Bearer " + token);
        return this;
    }

    /** The next frame, skipping none; fails after five seconds. */
    StompFrame next() {
        try {
            var frame = frames.poll(5, TimeUnit.SECONDS);
            if (frame == null) {
                fail("no frame within 5 s");
            }
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next frame with {@code command}, skipping others. */
    StompFrame next(String command) {
        while (true) {
            var frame = next();
            if (frame.command().equals(command)) {
                return frame;
            }
        }
    }

    boolean closesWithin(Duration wait) {
        try {
            closed.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    void close() {
        socket.sendClose(1000, "bye");
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        if (reading) {
            webSocket.request(1);
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            frames.addAll(decoder.decode(partial.toString()));
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }
}
