package io.parlor.adapters.http.stomp;

import io.parlor.adapters.http.chat.ChatIds;
import io.parlor.adapters.http.chat.ChatRequests;
import io.parlor.adapters.http.chat.ChatRequests.RoomAction;
import io.parlor.adapters.http.chat.ChatRequests.SendMessage;
import io.parlor.adapters.http.problem.DomainErrorHandler;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * SEND frames: each one on behalf of the connected member only. A refused SEND is not fatal:
 * its problem goes to the member's {@code /user/queue/errors} with the receipt it concerns,
 * and nothing is stored. A RECEIPT is sent only after the message is durably stored.
 */
final class StompSends {

    private final StompConnection connection;
    private final StompContext context;
    private final Supplier<String> errorQueue;
    private final AtomicLong problems = new AtomicLong();

    StompSends(StompConnection connection, StompContext context, Supplier<String> errorQueue) {
        this.connection = connection;
        this.context = context;
        this.errorQueue = errorQueue;
    }

    void send(StompFrame frame) {
        var receipt = frame.header("receipt");
        try {
            switch (frame.header("destination").orElse("")) {
                case "/app/chat.send" -> post(frame);
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

    private void post(StompFrame frame) throws IOException {
        var body = context.json().readValue(frame.body(), SendMessage.class);
        var member = connection.member().orElseThrow();
        context.postMessage().post(new PostMessage.Command(room(body.roomId()), member,
                ChatRequests.messageType(body.type()), body.message(),
                Optional.ofNullable(body.attachmentId()).map(ChatIds::attachment),
                new ClientMessageId(body.clientMessageId())));
    }

    private void read(StompFrame frame) throws IOException {
        var body = context.json().readValue(frame.body(), RoomAction.class);
        if (body.seq() == null) {
            throw new InvalidValue("seq", "is required");
        }
        context.markRead().markRead(new MarkRead.Command(room(body.roomId()), connection.member().orElseThrow(),
                body.seq()));
    }

    private void typing(StompFrame frame) throws IOException {
        var body = context.json().readValue(frame.body(), RoomAction.class);
        context.reportTyping().typing(new ReportTyping.Command(room(body.roomId()), connection.member().orElseThrow()));
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
