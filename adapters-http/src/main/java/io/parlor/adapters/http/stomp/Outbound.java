package io.parlor.adapters.http.stomp;

import io.micronaut.websocket.WebSocketSession;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one connection still has to send, bounded. Frames queue from any thread; whichever
 * thread finds the queue idle writes everything queued as one WebSocket message, so a busy
 * connection gets few large writes instead of many small ones. Bytes count until the socket
 * took them: a client that stops reading overflows, and the connection is dropped rather than
 * buffered without limit (the client catches up with {@code afterSeq}).
 */
final class Outbound {

    /** One WebSocket message at most this large; STOMP frames never span two of ours. */
    private static final int BATCH_BYTES = 64 * 1024;

    private final WebSocketSession session;
    private final long maxBytes;
    private final Runnable onOverflow;
    private final ConcurrentLinkedQueue<byte[][]> queue = new ConcurrentLinkedQueue<>();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean overflowed = new AtomicBoolean();
    private volatile long lastSentNanos = System.nanoTime();

    Outbound(WebSocketSession session, long maxBytes, Runnable onOverflow) {
        this.session = session;
        this.maxBytes = maxBytes;
        this.onOverflow = onOverflow;
    }

    /** Queues one frame made of {@code parts} written one after the other. */
    void send(byte[]... parts) {
        long size = 0;
        for (byte[] part : parts) {
            size += part.length;
        }
        if (bytes.addAndGet(size) > maxBytes) {
            if (overflowed.compareAndSet(false, true)) {
                onOverflow.run();
            }
            return;
        }
        queue.add(parts);
        drain();
    }

    long lastSentNanos() {
        return lastSentNanos;
    }

    private void drain() {
        while (!queue.isEmpty() && draining.compareAndSet(false, true)) {
            try {
                while (queue.peek() != null) {
                    writeBatch();
                }
            } finally {
                draining.set(false);
            }
        }
    }

    private void writeBatch() {
        var batch = Unpooled.compositeBuffer(64);
        long size = 0;
        byte[][] parts;
        while (size < BATCH_BYTES && (parts = queue.poll()) != null) {
            for (byte[] part : parts) {
                batch.addComponent(true, Unpooled.wrappedBuffer(part));
                size += part.length;
            }
        }
        long written = size;
        lastSentNanos = System.nanoTime();
        session.sendAsync(new TextWebSocketFrame(batch))
                .whenComplete((sent, failure) -> bytes.addAndGet(-written));
    }
}
