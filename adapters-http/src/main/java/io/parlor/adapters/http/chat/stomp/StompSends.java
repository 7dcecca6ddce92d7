package io.parlor.adapters.http.chat.stomp;

import io.parlor.adapters.http.chat.ChatIds;
import io.parlor.adapters.http.chat.ChatRequests;
import io.parlor.adapters.http.chat.ChatRequests.RoomAction;
import io.parlor.adapters.http.chat.ChatRequests.SendMessage;
import io.parlor.adapters.http.problem.DomainErrorHandler;
import io.parlor.adapters.http.problem.Outages;
import io.parlor.adapters.http.problem.ProblemBody;
import io.parlor.application.chat.port.in.MarkRead;
import io.parlor.application.chat.port.in.PostMessage;
import io.parlor.application.chat.port.in.ReportTyping;
import io.parlor.domain.chat.ClientMessageId;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.shared.DomainError;
import io.parlor.domain.shared.InvalidValue;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SEND frames: each one on behalf of the connected member only. A refused SEND is not fatal:
 * its problem goes to the member's {@code /user/queue/errors} with the receipt it concerns,
 * and nothing is stored. Chat messages are queued for the next group commit, so a connection
 * may have many on the way; each one's RECEIPT is sent only after it is durably stored, in the
 * order they were sent.
 */
final class StompSends {

    private static final Logger LOG = LoggerFactory.getLogger(StompSends.class);

    private final StompConnection connection;
    private final StompContext context;
    private final Supplier<String> errorQueue;
    private final AtomicLong problems = new AtomicLong();
    private final AtomicInteger postsOnTheWay = new AtomicInteger();
    private volatile CompletableFuture<?> lastPost = CompletableFuture.completedFuture(null);

    StompSends(StompConnection connection, StompContext context, Supplier<String> errorQueue) {
        this.connection = connection;
        this.context = context;
        this.errorQueue = errorQueue;
    }

    void send(StompFrame frame) {
        var receipt = frame.header("receipt");
        try {
            switch (frame.header("destination").orElse("")) {
                case "/app/chat.send" -> {
                    post(frame, receipt);
                    return;
                }
                case "/app/chat.read" -> read(frame);
                case "/app/chat.typing" -> typing(frame);
                default -> throw new InvalidValue("destination", "is not one of /app/chat.send, /app/chat.read, /app/chat.typing");
            }
            receipt.ifPresent(id -> connection.send(StompEncoder.frame("RECEIPT", "receipt-id", id)));
        } catch (DomainError refused) {
            toErrorQueue(DomainErrorHandler.bodyOf(refused), receipt);
        } catch (IOException unreadable) {
            toErrorQueue(ProblemBody.of(400, "Bad Request", "malformed-request", "The frame's body is not the expected JSON."),
                    receipt);
        }
    }

    /** Runs {@code then} once every message sent so far has its answer. */
    void afterPosts(Runnable then) {
        lastPost.whenComplete((done, failure) -> then.run());
    }

    private void post(StompFrame frame, Optional<String> receipt) throws IOException {
        var body = objectIn(frame, SendMessage.class);
        var command = new PostMessage.Command(room(body.roomId()), connection.member().orElseThrow(),
                ChatRequests.messageType(body.type()), body.message(),
                Optional.ofNullable(body.attachmentId()).map(ChatIds::attachment),
                new ClientMessageId(body.clientMessageId()));
        if (postsOnTheWay.incrementAndGet() > context.settings().maxPendingFrames()) {
            throw new StompProtocolError("too many messages waiting to be stored");
        }
        lastPost = context.postMessage().post(command).whenComplete((stored, failure) -> {
            postsOnTheWay.decrementAndGet();
            answer(failure, receipt);
        });
    }

    private void answer(Throwable failure, Optional<String> receipt) {
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        if (cause == null) {
            receipt.ifPresent(id -> connection.send(StompEncoder.frame("RECEIPT", "receipt-id", id)));
        } else if (cause instanceof DomainError refused) {
            toErrorQueue(DomainErrorHandler.bodyOf(refused), receipt);
        } else if (Outages.isOutage(cause)) {
            LOG.warn("a chat message could not be stored: {}", cause.getMessage());
            toErrorQueue(ProblemBody.of(503, "Service Unavailable", "unavailable",
                    "The message was not stored; send it again with the same clientMessageId."), receipt);
        } else {
            LOG.warn("a chat message could not be stored", cause);
            toErrorQueue(ProblemBody.of(500, "Internal Server Error", "internal-error",
                    "The message was not stored; send it again with the same clientMessageId."), receipt);
        }
    }

    private void read(StompFrame frame) throws IOException {
        var body = objectIn(frame, RoomAction.class);
        if (body.seq() == null) {
            throw new InvalidValue("seq", "is required");
        }
        context.markRead().markRead(new MarkRead.Command(room(body.roomId()), connection.member().orElseThrow(),
                body.seq()));
    }

    private void typing(StompFrame frame) throws IOException {
        var body = objectIn(frame, RoomAction.class);
        context.reportTyping().typing(new ReportTyping.Command(room(body.roomId()), connection.member().orElseThrow()));
    }

    /** The frame's body read as {@code type}; a body of {@code null} is no object either. */
    private <T> T objectIn(StompFrame frame, Class<T> type) throws IOException {
        T body = context.json().readValue(frame.body(), type);
        if (body == null) {
            throw new InvalidValue("body", "must be a JSON object");
        }
        return body;
    }

    private static RoomId room(String raw) {
        if (raw == null) {
            throw new InvalidValue("roomId", "is required");
        }
        return ChatIds.room(raw);
    }

    private void toErrorQueue(ProblemBody problem, Optional<String> receipt) {
        String subscription = errorQueue.get();
        if (subscription == null) {
            return;
        }
        byte[] body;
        try {
            body = context.json().writeValueAsBytes(problem);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String id = "problem-" + problems.incrementAndGet();
        connection.send(receipt
                .map(r -> StompEncoder.frame("MESSAGE", body, "subscription", subscription, "message-id", id,
                        "destination", StompSubscriptions.ERRORS, "content-type", ProblemBody.MEDIA_TYPE, "receipt-id", r))
                .orElseGet(() -> StompEncoder.frame("MESSAGE", body, "subscription", subscription, "message-id", id,
                        "destination", StompSubscriptions.ERRORS, "content-type", ProblemBody.MEDIA_TYPE)));
    }
}
