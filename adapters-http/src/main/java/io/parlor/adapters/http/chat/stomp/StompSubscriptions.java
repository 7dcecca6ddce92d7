package io.parlor.adapters.http.chat.stomp;

import io.parlor.adapters.http.chat.ChatIds;
import io.parlor.application.chat.port.in.MarkOnline;
import io.parlor.application.chat.port.in.ShowRoom;
import io.parlor.domain.chat.RoomId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The subscriptions of one connected member, and the frames that use them. A subscription to
 * a room is refused (fatally) unless the member is in the room.
 */
final class StompSubscriptions {

    private static final Logger LOG = LoggerFactory.getLogger(StompSubscriptions.class);

    static final String ERRORS = "/user/queue/errors";
    private static final Pattern ROOM = Pattern.compile("/topic/chat\\.([0-9a-fA-F-]{36})(\\.events)?");

    private record RoomSubscription(RoomId room, boolean events) {
    }

    private final StompConnection connection;
    private final StompContext context;
    private final StompSends sends;
    private final Map<String, RoomSubscription> rooms = new ConcurrentHashMap<>();
    private volatile String errorQueue;
    private volatile long presenceMarkedNanos;

    StompSubscriptions(StompConnection connection, StompContext context) {
        this.connection = connection;
        this.context = context;
        this.sends = new StompSends(connection, context, () -> errorQueue);
    }

    void handle(StompFrame frame) {
        switch (frame.command()) {
            case "SUBSCRIBE" -> subscribe(frame);
            case "UNSUBSCRIBE" -> unsubscribe(frame);
            case "SEND" -> {
                // a SEND without a destination is malformed (fatal), not a refused message: with
                // no receipt it could not even be answered on the error queue
                required(frame, "destination");
                sends.send(frame);
            }
            case "ACK", "NACK" -> receipt(frame);
            case "BEGIN", "COMMIT", "ABORT" -> throw new StompProtocolError("transactions are not supported");
            default -> throw new StompProtocolError("unknown command " + frame.command());
        }
    }

    /** Runs {@code then} once every chat message this connection sent so far has its answer. */
    void afterSends(Runnable then) {
        sends.afterPosts(then);
    }

    /**
     * Presence is best effort: while its store cannot be reached, the connection goes on without
     * it (chat does not depend on it), and the next tick tries again.
     */
    void markOnline() {
        try {
            connection.member().ifPresent(member ->
                    context.markOnline().markOnline(new MarkOnline.Command(member, connection.id())));
            presenceMarked();
        } catch (RuntimeException unavailable) {
            LOG.debug("presence not marked; retried on the next tick", unavailable);
        }
    }

    void presenceMarked() {
        presenceMarkedNanos = System.nanoTime();
    }

    long presenceMarkedNanos() {
        return presenceMarkedNanos;
    }

    private void subscribe(StompFrame frame) {
        String id = required(frame, "id");
        String destination = required(frame, "destination");
        if (rooms.containsKey(id) || id.equals(errorQueue)) {
            throw new StompProtocolError("subscription id " + id + " is in use");
        }
        if (destination.equals(ERRORS)) {
            errorQueue = id;
        } else {
            var match = ROOM.matcher(destination);
            if (!match.matches()) {
                throw new StompProtocolError("unknown destination " + destination);
            }
            var room = ChatIds.room(match.group(1));
            var member = connection.member().orElseThrow();
            context.showRoom().show(new ShowRoom.Query(room, member));
            boolean events = match.group(2) != null;
            rooms.put(id, new RoomSubscription(room, events));
            context.feeds().join(room, connection, id, events);
        }
        receipt(frame);
    }

    private void unsubscribe(StompFrame frame) {
        String id = required(frame, "id");
        var subscription = rooms.remove(id);
        if (subscription != null) {
            context.feeds().leave(subscription.room(), connection, id);
        } else if (id.equals(errorQueue)) {
            errorQueue = null;
        }
        receipt(frame);
    }

    private void receipt(StompFrame frame) {
        frame.header("receipt").ifPresent(id -> connection.send(StompEncoder.frame("RECEIPT", "receipt-id", id)));
    }

    private static String required(StompFrame frame, String header) {
        return frame.header(header).filter(value -> !value.isBlank())
                .orElseThrow(() -> new StompProtocolError(frame.command() + " needs a " + header + " header"));
    }
}
