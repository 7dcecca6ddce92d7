package io.parlor.adapters.http.chat.stomp;

import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.parlor.application.chat.port.in.MarkOffline;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.shared.DomainError;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client's STOMP session: CONNECT with a bearer token, then subscriptions and sends on
 * behalf of that member only. Frames are decoded on the event loop and handled in order on a
 * worker; anything that breaks the protocol answers ERROR and closes.
 */
final class StompConnection {

    private static final Logger LOG = LoggerFactory.getLogger(StompConnection.class);

    private static final byte[] END_OF_LINE = {'\n'};

    private final WebSocketSession session;
    private volatile Channel channel;
    private final StompContext context;
    private final StompDecoder decoder;
    private final SerialWork work;
    private final Outbound outbound;
    private final StompSubscriptions subscriptions;
    private volatile MemberId member;
    private volatile boolean closed;
    private volatile long lastReceivedNanos = System.nanoTime();
    private volatile long sendEveryNanos;
    private volatile long expectEveryNanos;

    StompConnection(WebSocketSession session, StompContext context) {
        this.session = session;
        this.context = context;
        this.decoder = new StompDecoder(context.settings().maxFrameBytes());
        this.work = new SerialWork(context.workers(), context.settings().maxPendingFrames());
        this.outbound = new Outbound(session, context.settings().maxOutboundBytes(), this::overflowed);
        this.subscriptions = new StompSubscriptions(this, context);
    }

    /** On the event loop: one WebSocket text message, holding any number of frames or parts. */
    void receive(String text) {
        lastReceivedNanos = System.nanoTime();
        List<StompFrame> frames;
        try {
            frames = decoder.decode(text);
        } catch (StompProtocolError e) {
            fail(e.getMessage(), Optional.empty());
            return;
        }
        for (StompFrame frame : frames) {
            if (queuesOnly(frame) && work.idle()) {
                handle(frame);
            } else if (!work.submit(() -> handle(frame))) {
                fail("too many frames waiting", Optional.empty());
                return;
            }
        }
    }

    /**
     * A chat message is only parsed and queued for the group commit, which never blocks, so it
     * is handled right here on the event loop when nothing of the connection waits before it.
     */
    private static boolean queuesOnly(StompFrame frame) {
        return frame.command().equals("SEND") && frame.header("destination").filter("/app/chat.send"::equals).isPresent();
    }

    /** The socket under the session, so that a connection that stopped reading can be dropped. */
    void attach(Channel socket) {
        this.channel = socket;
        outbound.attach(socket);
    }

    Optional<MemberId> member() {
        return Optional.ofNullable(member);
    }

    /** Sends one MESSAGE: the subscription's {@code head}, then the {@code tail} every subscription shares. */
    void deliver(byte[] head, byte[] tail) {
        if (!closed) {
            outbound.send(head, tail);
        }
    }

    void send(byte[] frame) {
        if (!closed) {
            outbound.send(frame);
        }
    }

    /** Called every second: heart-beats out, silent clients out, presence refreshed. */
    void tick(long now, Duration presenceRefresh) {
        if (closed || member == null) {
            return;
        }
        if (sendEveryNanos > 0 && now - outbound.lastSentNanos() >= sendEveryNanos) {
            outbound.send(END_OF_LINE);
        }
        if (expectEveryNanos > 0 && now - lastReceivedNanos > 2 * expectEveryNanos) {
            fail("no heart-beat from the client", Optional.empty());
            return;
        }
        if (now - subscriptions.presenceMarkedNanos() >= presenceRefresh.toNanos()) {
            work.submit(subscriptions::markOnline);
        }
    }

    /** The WebSocket closed, by either side. */
    void closed() {
        closed = true;
        context.feeds().leaveAll(this);
        if (member != null) {
            context.workers().execute(() -> context.markOffline().markOffline(
                    new MarkOffline.Command(member, session.getId())));
        }
    }

    String id() {
        return session.getId();
    }

    private void handle(StompFrame frame) {
        if (closed) {
            return;
        }
        try {
            switch (frame.command()) {
                case "CONNECT", "STOMP" -> connect(frame);
                case "DISCONNECT" -> disconnect(frame);
                default -> {
                    if (member == null) {
                        throw new StompProtocolError("CONNECT first");
                    }
                    subscriptions.handle(frame);
                }
            }
        } catch (StompProtocolError e) {
            fail(e.getMessage(), frame.header("receipt"));
        } catch (DomainError refused) {
            fail(refused.getMessage(), frame.header("receipt"));
        } catch (RuntimeException bug) {
            // a frame nobody foresaw still gets an answer: an ERROR, never silence
            LOG.warn("a {} frame failed unexpectedly", frame.command(), bug);
            fail("internal error", frame.header("receipt"));
        }
    }

    private void connect(StompFrame frame) {
        if (member != null) {
            throw new StompProtocolError("already connected");
        }
        String version = StompHandshake.version(frame.header("accept-version"));
        String token = StompHandshake.token(frame).orElseThrow(() -> new StompProtocolError("no access token"));
        member = context.authenticator().authenticate(token);
        long offered = context.settings().heartBeat().toMillis();
        long[] client = StompHandshake.heartBeat(frame.header("heart-beat"));
        sendEveryNanos = client[1] == 0 ? 0 : Duration.ofMillis(Math.max(offered, client[1])).toNanos();
        expectEveryNanos = client[0] == 0 ? 0 : Duration.ofMillis(Math.max(offered, client[0])).toNanos();
        send(StompEncoder.frame("CONNECTED", "version", version, "heart-beat", offered + "," + offered,
                "server", "parlor", "session", session.getId(), "user-name", member.value().toString()));
        subscriptions.markOnline();
    }

    /** The receipt of a DISCONNECT follows the answers to every message sent before it. */
    private void disconnect(StompFrame frame) {
        var receipt = frame.header("receipt").map(id -> StompEncoder.frame("RECEIPT", "receipt-id", id));
        subscriptions.afterSends(() -> lastWords(receipt.orElse(END_OF_LINE)));
    }

    /** Answers ERROR and closes: for broken frames, failed authentication and refused subscriptions. */
    void fail(String message, Optional<String> receipt) {
        if (closed) {
            return;
        }
        String[] headers = receipt.map(id -> new String[] {"message", message, "receipt-id", id})
                .orElse(new String[] {"message", message});
        lastWords(StompEncoder.frame("ERROR", message.getBytes(StandardCharsets.UTF_8), headers));
    }

    /**
     * The client stopped reading: its socket is full, so an ERROR could never arrive. It is told
     * if it can still hear, and the socket is closed at once either way; the client catches up
     * with {@code afterSeq} when it comes back.
     */
    private void overflowed() {
        if (closed) {
            return;
        }
        closed = true;
        session.sendAsync(new TextWebSocketFrame(Unpooled.wrappedBuffer(StompEncoder.frame("ERROR",
                "message", "too slow: the connection could not keep up with its messages"))));
        if (channel != null) {
            channel.close();
        } else {
            session.close(CloseReason.GOING_AWAY);
        }
    }

    /** Writes {@code frame} after anything still queued, then closes once it is written. */
    private void lastWords(byte[] frame) {
        closed = true;
        outbound.sendLast(frame, () -> session.close(CloseReason.NORMAL));
    }
}
