package io.parlor.bootstrap.corpus;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A plain WebSocket to {@code /ws/chat} speaking raw STOMP text, so that the corpus can send
 * frames no STOMP library would write. Received frames are split on their NUL terminators.
 */
final class StompSocket implements AutoCloseable {

    /** A received frame: its command, its headers, its body. */
    record Frame(String command, Map<String, String> headers, String body) {
    }

    static final Frame CLOSED = new Frame("(closed)", Map.of(), "");
    private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);

    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private final WebSocket socket;
    private final StringBuilder partial = new StringBuilder();

    StompSocket(HttpClient http, URI server) {
        var url = URI.create(server.toString().replaceFirst("^http", "ws") + "/ws/chat");
        socket = http.newWebSocketBuilder().subprotocols("v12.stomp").connectTimeout(ANSWER_WITHIN)
                .buildAsync(url, new Collector()).orTimeout(ANSWER_WITHIN.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** Connects as the holder of {@code token} and follows its error queue. */
    static StompSocket connected(HttpClient http, URI server, String token) {
        var stomp = new StompSocket(http, server);
        stomp.sendText("CONNECT\naccept-version:1.2\nhost:parlor\nAuthorization:Bearer " + token + "\n\n\0");
        var connected = stomp.next();
        if (!connected.map(Frame::command).orElse("").equals("CONNECTED")) {
            throw new IllegalStateException("CONNECT was answered " + connected);
        }
        stomp.sendText("SUBSCRIBE\nid:errors\ndestination:/user/queue/errors\n\n\0");
        return stomp;
    }

    /** Sends one text message; a server that closed while it was sent shows as {@link #CLOSED}. */
    void sendText(String text) {
        sent(socket.sendText(text, true));
    }

    void sendBinary(byte[] bytes) {
        sent(socket.sendBinary(ByteBuffer.wrap(bytes), true));
    }

    private void sent(CompletableFuture<WebSocket> sending) {
        try {
            sending.orTimeout(ANSWER_WITHIN.toSeconds(), TimeUnit.SECONDS).join();
        } catch (java.util.concurrent.CompletionException closed) {
            frames.add(CLOSED);
        }
    }

    /** The next frame, {@link #CLOSED} once the server closed, or empty when nothing came within ten seconds. */
    Optional<Frame> next() {
        try {
            return Optional.ofNullable(frames.poll(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        socket.abort();
    }

    private final class Collector implements WebSocket.Listener {

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            synchronized (partial) {
                partial.append(data);
                int end;
                while ((end = partial.indexOf("\0")) >= 0) {
                    var text = partial.substring(0, end).replaceFirst("^[\r\n]+", "");
                    partial.delete(0, end + 1);
                    if (!text.isEmpty()) {
                        frames.add(parse(text));
                    }
                }
            }
            webSocket.request(1);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            frames.add(CLOSED);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            frames.add(CLOSED);
        }
    }

    private static Frame parse(String text) {
        int split = text.indexOf("\n\n");
        var head = (split < 0 ? text : text.substring(0, split)).split("\n");
        var headers = new HashMap<String, String>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(head[i].substring(0, colon), head[i].substring(colon + 1));
            }
        }
        return new Frame(head[0].strip(), headers, split < 0 ? "" : text.substring(split + 2));
    }
}
