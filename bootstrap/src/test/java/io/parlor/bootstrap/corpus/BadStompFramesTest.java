package io.parlor.bootstrap.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.bootstrap.corpus.StompSocket.Frame;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;

/**
 * The bad-input corpus over STOMP, with raw frames on a plain WebSocket. A chat.send whose body
 * is wrong is refused on the sender's error queue, naming its receipt, and stores nothing; a
 * malformed frame is a fatal ERROR; nothing is ever left unanswered, and the server keeps
 * serving.
 */
class BadStompFramesTest extends CorpusTest {

    /** Well under the 64 KiB a frame may hold, so that a body is refused for what it says, not its size. */
    private static final int LARGEST_BODY = 60_000;
    private static URI uri() {
        return server.server.getURI();
    }

    @Property(tries = 300, shrinking = ShrinkingMode.OFF)
    void aBadChatSendIsRefusedOnTheErrorQueueAndStoresNothing(@ForAll("sendBodies") String body) {
        var before = server.databaseDigest();
        try (var stomp = StompSocket.connected(server.http, uri(), server.ana.token())) {
            stomp.sendText("SEND\ndestination:/app/chat.send\ncontent-type:application/json\nreceipt:r1\n\n" + body + "\0");

            var answer = answerTo(stomp, "r1");

            assertThat(answer).as("an answer to %s", body).isPresent();
            var frame = answer.get();
            Statistics.collect(frame.command());
            assertThat(frame.command()).as("%s answered %s", body, frame).isIn("RECEIPT", "MESSAGE");
            if (frame.command().equals("MESSAGE")) {
                assertThat(server.parse(frame.body()).get("code")).as("%s", frame).isInstanceOf(String.class);
                assertThat(server.databaseDigest()).as("%s changed the database", body).isEqualTo(before);
            }
        }
    }

    @Property(tries = 150, shrinking = ShrinkingMode.OFF)
    void aMalformedFrameIsAnsweredAndLeavesTheServerServing(@ForAll("malformedFrames") String frame,
                                                            @ForAll boolean asBinary) {
        var before = server.databaseDigest();
        Optional<Frame> answer;
        try (var stomp = StompSocket.connected(server.http, uri(), server.ana.token())) {
            if (asBinary) {
                stomp.sendBinary(frame.getBytes(StandardCharsets.UTF_8));
            } else {
                stomp.sendText(frame);
            }
            answer = answerTo(stomp, "r1");
        }

        assertThat(answer).as("an answer to %s", shown(frame)).isPresent();
        Statistics.collect(answer.get().command());
        assertThat(answer.get().command()).as("%s answered %s", shown(frame), answer.get())
                .isIn("ERROR", "MESSAGE", StompSocket.CLOSED.command());
        assertThat(server.databaseDigest()).as("%s changed the database", shown(frame)).isEqualTo(before);
        try (var after = StompSocket.connected(server.http, uri(), server.bo.token())) {
            after.sendText("SEND\ndestination:/app/chat.send\nreceipt:ok\n\n{\"roomId\":\"" + server.roomId
                    + "\",\"message\":\"still here\",\"clientMessageId\":\"" + UUID.randomUUID() + "\"}\0");
            assertThat(answerTo(after, "ok")).as("the server serves after %s", shown(frame))
                    .hasValueSatisfying(ok -> assertThat(ok.command()).isEqualTo("RECEIPT"));
        }
    }

    /** The first frame about {@code receipt}: its RECEIPT, an error naming it, an ERROR, or the close. */
    private static Optional<Frame> answerTo(StompSocket stomp, String receipt) {
        while (true) {
            var frame = stomp.next();
            if (frame.isEmpty()) {
                return frame;
            }
            var command = frame.get().command();
            if (command.equals("ERROR") || frame.get() == StompSocket.CLOSED
                    || receipt.equals(frame.get().headers().get("receipt-id"))) {
                return frame;
            }
        }
    }

    private static String shown(String frame) {
        var text = frame.replace("\0", "^@");
        return text.length() > 200 ? text.substring(0, 200) + "...(" + text.length() + " chars)" : text;
    }

    @Provide
    Arbitrary<String> sendBodies() {
        var template = new LinkedHashMap<String, Object>();
        template.put("roomId", server.roomId);
        template.put("message", "hello");
        template.put("type", "TEXT");
        template.put("attachmentId", null);
        template.put("clientMessageId", "fresh");
        var ids = List.<Object>of(server.ana.id(), server.bo.id(), server.shopId, server.reservationId);
        var replaced = Combinators.combine(Arbitraries.of(List.copyOf(template.keySet())), BadValues.values(ids))
                .as((field, value) -> {
                    var body = new LinkedHashMap<>(template);
                    body.put("clientMessageId", UUID.randomUUID().toString());
                    body.put(field, value);
                    return Json.text(body);
                });
        var spoilt = BadValues.bodies().map(bytes -> new String(bytes, StandardCharsets.UTF_8).replace("\0", ""));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, replaced), net.jqwik.api.Tuple.of(1, spoilt))
                .filter(body -> body.length() <= LARGEST_BODY);
    }

    @Provide
    Arbitrary<String> malformedFrames() {
        String send = "SEND\ndestination:/app/chat.send\nreceipt:r1\n";
        String valid = "{\"roomId\":\"" + server.roomId + "\",\"message\":\"x\",\"clientMessageId\":\"" + UUID.randomUUID()
                + "\"}";
        return Arbitraries.oneOf(List.of(
                Arbitraries.of("FLY\nreceipt:r1\n\n\0", "send\ndestination:/app/chat.send\nreceipt:r1\n\n{}\0",
                        "SEND\nreceipt:r1\n\n" + valid + "\0",
                        "SEND\ndestination:/app/nowhere\nreceipt:r1\n\n" + valid + "\0",
                        send + "broken header line\n\n" + valid + "\0",
                        send + "x-escape:bad\\qescape\n\n" + valid + "\0",
                        send + "content-length:99999\n\n" + valid + "\0",
                        send + "content-length:-1\n\n" + valid + "\0",
                        send + "content-length:ten\n\n" + valid + "\0",
                        "CONNECT\naccept-version:1.2\nhost:parlor\nreceipt:r1\n\n\0",
                        "SUBSCRIBE\nid:x\ndestination:/topic/chat." + UUID.randomUUID() + "\nreceipt:r1\n\n\0",
                        "SUBSCRIBE\nid:x\ndestination:/topic/elsewhere\nreceipt:r1\n\n\0",
                        "SUBSCRIBE\ndestination:/topic/chat." + server.roomId + "\nreceipt:r1\n\n\0"),
                Arbitraries.of(70_000, 200_000).map(n -> send + "x-padding:" + "p".repeat(n) + "\n\n" + valid + "\0"),
                Arbitraries.of(300_000, 2_000_000).map(n -> send + "\n{\"roomId\":\"" + server.roomId + "\",\"message\":\""
                        + "m".repeat(n) + "\",\"clientMessageId\":\"" + UUID.randomUUID() + "\"}\0"),
                Arbitraries.strings().withCharRange('\u0001', '\u00ff').ofMinLength(1).ofMaxLength(200)
                        .map(junk -> "SEND\n" + junk + "\nreceipt:r1\n\n" + junk + "\0"),
                Arbitraries.integers().between(1, 40).map(n -> "SEND\n" + "h:v\n".repeat(n * 1000) + "receipt:r1\n\n{}\0")));
    }
}
