package io.parlor.adapters.http.chat.stomp;

import io.micronaut.websocket.WebSocketSession;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What one connection still has to send, bounded. Frames queue from any thread; one task on
 * the socket's event loop, run a millisecond after the first of them, then copies everything
 * queued into as few WebSocket messages as fit and flushes once, so a busy connection costs one
 * hand-off and one system call per batch, not per frame. Bytes count until the socket took them: a client that stops reading overflows,
 * and the connection is dropped rather than buffered without limit (the client catches up with
 * {@code afterSeq}).
 */
final class Outbound {

    /** One WebSocket message at most this large, unless one frame is larger; frames never span two. */
    private static final int BATCH_BYTES = 64 * 1024;

    private final WebSocketSession session;
    private final long maxBytes;
    private final Runnable onOverflow;
    private final ConcurrentLinkedQueue<byte[][]> queue = new ConcurrentLinkedQueue<>();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicBoolean overflowed = new AtomicBoolean();
    private volatile Channel channel;
    private volatile Runnable afterLast;
    private volatile long lastSentNanos = System.nanoTime();

    Outbound(WebSocketSession session, long maxBytes, Runnable onOverflow) {
        this.session = session;
        this.maxBytes = maxBytes;
        this.onOverflow = onOverflow;
    }

    /** The socket under the session; until it is known, frames go out through the session. */
    void attach(Channel socket) {
        this.channel = socket;
    }

    /** Queues one frame made of {@code parts} written one after the other. */
    void send(byte[]... parts) {
        if (bytes.addAndGet(sizeOf(parts)) > maxBytes) {
            if (overflowed.compareAndSet(false, true)) {
                onOverflow.run();
            }
            return;
        }
        queue.add(parts);
        schedule();
    }

    /** Queues {@code frame} after everything queued, and runs {@code then} once it is written. */
    void sendLast(byte[] frame, Runnable then) {
        afterLast = then;
        queue.add(new byte[][] {frame});
        schedule();
    }

    long lastSentNanos() {
        return lastSentNanos;
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            Channel socket = channel;
            if (socket != null) {
                socket.eventLoop().schedule(() -> flush(socket), 1, TimeUnit.MILLISECONDS);
            } else {
                flushThroughSession();
            }
        }
    }

    /** On the event loop: everything queued, then one flush. */
    private void flush(Channel socket) {
        scheduled.set(false);
        ChannelFuture last = null;
        while (!queue.isEmpty()) {
            last = writeBatch(socket);
        }
        if (last != null) {
            socket.flush();
            lastSentNanos = System.nanoTime();
        }
        finishIfLast(last);
    }

    private ChannelFuture writeBatch(Channel socket) {
        ByteBuf batch = socket.alloc().buffer(Math.min(BATCH_BYTES, 4096));
        byte[][] parts;
        while ((parts = queue.peek()) != null && (batch.readableBytes() == 0
                || batch.readableBytes() + sizeOf(parts) <= BATCH_BYTES)) {
            queue.poll();
            for (byte[] part : parts) {
                batch.writeBytes(part);
            }
        }
        long written = batch.readableBytes();
        return socket.write(new TextWebSocketFrame(batch)).addListener(done -> bytes.addAndGet(-written));
    }

    private void finishIfLast(ChannelFuture last) {
        Runnable then = afterLast;
        if (then != null && queue.isEmpty()) {
            afterLast = null;
            if (last == null) {
                then.run();
            } else {
                last.addListener(done -> then.run());
            }
        }
    }

    /** Before the socket is known: each frame through the session, from the calling thread. */
    private void flushThroughSession() {
        do {
            byte[][] parts;
            while ((parts = queue.poll()) != null) {
                var frame = Unpooled.wrappedBuffer(parts);
                long written = frame.readableBytes();
                boolean last = queue.isEmpty() && afterLast != null;
                var sent = session.sendAsync(new TextWebSocketFrame(frame))
                        .whenComplete((ok, failure) -> bytes.addAndGet(-written));
                if (last) {
                    Runnable then = afterLast;
                    afterLast = null;
                    sent.whenComplete((ok, failure) -> then.run());
                }
            }
            lastSentNanos = System.nanoTime();
            scheduled.set(false);
        } while (!queue.isEmpty() && scheduled.compareAndSet(false, true));
    }

    private static int sizeOf(byte[][] parts) {
        int size = 0;
        for (byte[] part : parts) {
            size += part.length;
        }
        return size;
    }
}
