package io.parlor.adapters.http.chat.stomp;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.parlor.adapters.http.RandomJwtSecret;
import io.parlor.adapters.credentials.JwtAccessTokens;
import io.parlor.adapters.http.security.ManualRevocations;
import io.parlor.application.chat.inmemory.InMemoryMemberNames;
import io.parlor.application.chat.port.in.CreateRoom;
import io.parlor.application.chat.port.in.InviteMembers;
import io.parlor.application.chat.port.in.LeaveRoom;
import io.parlor.application.chat.port.in.ListMessages;
import io.parlor.application.membership.port.out.AccessGrant;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.chat.RoomType;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.Role;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "spec.name", value = "StompEndpointTest")
@Property(name = "parlor.chat.stomp.max-outbound-bytes", value = "1048576")
@Property(name = "parlor.chat.stomp.max-frame-bytes", value = "8192")
class StompEndpointTest implements RandomJwtSecret {

    @Inject
    EmbeddedServer server;

    @Inject
    JwtAccessTokens tokens;

    @Inject
    InMemoryMemberNames names;

    @Inject
    CreateRoom createRoom;

    @Inject
    LeaveRoom leaveRoom;

    @Inject
    InviteMembers inviteMembers;

    @Inject
    ListMessages listMessages;

    @Inject
    StompConnections connections;

    @Inject
    ManualRevocations revocations;

    @Inject
    InMemoryChatFactory.FlakyPresence presence;

    MemberId ana;
    MemberId bo;
    RoomId room;

    @BeforeEach
    void aRoomOfTwo() {
        ana = member("Ana");
        bo = member("Bo");
        room = createRoom.create(new CreateRoom.Command(ana, RoomType.GROUP, Optional.empty(), Set.of(bo),
                Optional.empty())).room().id();
    }

    @Test
    void connectsWithABearerTokenAndNegotiatesTheHighestVersion() {
        var client = RawStompClient.open(server.getURI());

        client.send("CONNECT", "", "accept-version", "1.0,1.1,1.2", "heart-beat", "0,0", "Authorization",
                "Bearer " + token(ana));
        var connected = client.next();

        assertThat(client.subprotocol()).isEqualTo("v12.stomp");
        assertThat(connected.command()).isEqualTo("CONNECTED");
        assertThat(connected.headers()).containsEntry("version", "1.2").containsEntry("heart-beat", "10000,10000");
    }

    @Test
    void acceptsTheTokenAsPasscode() {
        var client = RawStompClient.open(server.getURI());

        client.send("STOMP", "", "accept-version", "1.2", "passcode", token(ana));

        assertThat(client.next().command()).isEqualTo("CONNECTED");
    }

    @Test
    void aBadTokenGetsAnErrorAndTheConnectionCloses() {
        var client = RawStompClient.open(server.getURI());

        client.connect("not-a-jwt");

        assertThat(client.next().command()).isEqualTo("ERROR");
        assertThat(client.closesWithin(Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void framesBeforeConnectAreFatal() {
        var client = RawStompClient.open(server.getURI());

        client.send("SUBSCRIBE", "", "id", "1", "destination", "/topic/chat." + room.value());

        assertThat(client.next().command()).isEqualTo("ERROR");
        assertThat(client.closesWithin(Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void aSentMessageIsStoredThenReceiptedAndBroadcastWithItsSeq() {
        var sender = connected(ana);
        var reader = connected(bo);
        subscribe(reader, "sub-1", "/topic/chat." + room.value());

        sender.send("SEND", sendBody("hello", "c-1"), "destination", "/app/chat.send", "receipt", "r-1");
        var receipt = sender.next("RECEIPT");
        var message = reader.next("MESSAGE");

        assertThat(receipt.headers()).containsEntry("receipt-id", "r-1");
        assertThat(message.headers()).containsEntry("subscription", "sub-1")
                .containsEntry("destination", "/topic/chat." + room.value())
                .containsEntry("content-type", "application/json").containsKey("message-id");
        assertThat(message.bodyText()).contains("\"seq\":1", "\"message\":\"hello\"", "\"clientMessageId\":\"c-1\"",
                "\"senderId\":\"" + ana.value() + "\"", "\"type\":\"TEXT\"");
    }

    @Test
    void aConnectionGoesOnWhilePresenceCannotBeMarked() {
        presence.down = true;
        try {
            var sender = connected(ana);
            var reader = connected(bo);
            subscribe(reader, "sub-1", "/topic/chat." + room.value());

            sender.send("SEND", sendBody("still here", "c-1"), "destination", "/app/chat.send", "receipt", "r-1");

            assertThat(sender.next("RECEIPT").headers()).containsEntry("receipt-id", "r-1");
            assertThat(reader.next("MESSAGE").bodyText()).contains("\"message\":\"still here\"");
        } finally {
            presence.down = false;
        }
    }

    @Test
    void aSendWithoutADestinationIsAMalformedFrame() {
        var sender = connected(ana);

        sender.send("SEND", sendBody("lost", "c-9"));

        var error = sender.next();
        assertThat(error.command()).isEqualTo("ERROR");
        assertThat(error.headers().get("message")).contains("destination");
    }

    @Test
    void aRetriedClientMessageIdIsReceiptedButStoredAndBroadcastOnce() {
        var sender = connected(ana);
        subscribe(sender, "mine", "/topic/chat." + room.value());

        sender.send("SEND", sendBody("once", "same-id"), "destination", "/app/chat.send", "receipt", "r-1");
        sender.send("SEND", sendBody("once", "same-id"), "destination", "/app/chat.send", "receipt", "r-2");
        sender.send("SEND", sendBody("next", "other-id"), "destination", "/app/chat.send", "receipt", "r-3");

        assertThat(sender.next("MESSAGE").bodyText()).contains("\"seq\":1");
        assertThat(sender.next("MESSAGE").bodyText()).contains("\"seq\":2", "next");
    }

    @Test
    void manySendsInOneBreathAreReceiptedInOrderAndTheDisconnectReceiptComesLast() {
        var sender = connected(ana);
        var burst = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            burst.append(frame("SEND", sendBody("burst " + i, "b-" + i), "destination", "/app/chat.send",
                    "receipt", "r-" + i));
        }
        burst.append(frame("DISCONNECT", "", "receipt", "bye"));

        sender.sendRaw(burst.toString());
        var receipts = new ArrayList<String>();
        for (int i = 0; i <= 40; i++) {
            receipts.add(sender.next("RECEIPT").headers().get("receipt-id"));
        }

        var expected = new ArrayList<String>();
        for (int i = 1; i <= 40; i++) {
            expected.add("r-" + i);
        }
        expected.add("bye");
        assertThat(receipts).containsExactlyElementsOf(expected);
        assertThat(sender.closesWithin(Duration.ofSeconds(5))).isTrue();
        assertThat(listMessages.list(new ListMessages.Query(room, ana, Optional.of(100), Optional.empty(),
                Optional.empty()))).hasSize(40);
    }

    @Test
    void aNonMembersSubscriptionIsRefused() {
        var stranger = connected(member("Eve"));

        stranger.send("SUBSCRIBE", "", "id", "1", "destination", "/topic/chat." + room.value());

        assertThat(stranger.next().command()).isEqualTo("ERROR");
        assertThat(stranger.closesWithin(Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void aRefusedSendGoesToTheErrorQueueWithItsReceiptAndIsNotFatal() {
        var stranger = connected(member("Eve"));
        subscribe(stranger, "errors", "/user/queue/errors");

        stranger.send("SEND", sendBody("let me in", "c-1"), "destination", "/app/chat.send", "receipt", "r-9");
        var problem = stranger.next("MESSAGE");
        stranger.send("SEND", "{not json", "destination", "/app/chat.send", "receipt", "r-10");
        var malformed = stranger.next("MESSAGE");

        assertThat(problem.headers()).containsEntry("receipt-id", "r-9").containsEntry("subscription", "errors")
                .containsEntry("content-type", "application/problem+json");
        assertThat(problem.bodyText()).contains("\"code\":\"not-room-member\"", "\"status\":403");
        assertThat(malformed.bodyText()).contains("\"code\":\"malformed-request\"");
        assertThat(stranger.closesWithin(Duration.ofMillis(200))).isFalse();
    }

    @Test
    void framesMayBeSplitOrBatchedAcrossWebSocketMessages() {
        var sender = connected(ana);
        String first = frame("SUBSCRIBE", "", "id", "s", "destination", "/topic/chat." + room.value(), "receipt", "sub");
        String second = frame("SEND", sendBody("split", "c-9"), "destination", "/app/chat.send");

        sender.sendRaw(first + "\n" + second.substring(0, 20));
        sender.sendRaw(second.substring(20));

        assertThat(sender.next("RECEIPT").headers()).containsEntry("receipt-id", "sub");
        assertThat(sender.next("MESSAGE").bodyText()).contains("split");
    }

    @Test
    void anOversizedFrameIsFatal() {
        var sender = connected(ana);

        sender.send("SEND", sendBody("x".repeat(9000), "big"), "destination", "/app/chat.send");

        assertThat(sender.next().command()).isEqualTo("ERROR");
        assertThat(sender.closesWithin(Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void readMarksAndTypingReachTheEventsSubscribers() {
        var sender = connected(ana);
        var watcher = connected(bo);
        subscribe(watcher, "ev", "/topic/chat." + room.value() + ".events");
        sender.send("SEND", sendBody("hi", "c-1"), "destination", "/app/chat.send", "receipt", "r");
        sender.next("RECEIPT");

        sender.send("SEND", "{\"roomId\":\"" + room.value() + "\",\"seq\":1}", "destination", "/app/chat.read");
        var read = watcher.next("MESSAGE");
        sender.send("SEND", "{\"roomId\":\"" + room.value() + "\"}", "destination", "/app/chat.typing");
        var typing = watcher.next("MESSAGE");

        assertThat(read.bodyText()).contains("\"event\":\"read\"", "\"seq\":1", ana.value().toString());
        assertThat(typing.bodyText()).contains("\"event\":\"typing\"", ana.value().toString());
    }

    @Test
    void aMemberWhoLeavesStopsReceivingAtOnce() {
        var leaver = connected(bo);
        subscribe(leaver, "s", "/topic/chat." + room.value());
        var sender = connected(ana);

        leaveRoom.leave(new LeaveRoom.Command(room, bo));
        sender.send("SEND", sendBody("after the leave", "c-2"), "destination", "/app/chat.send", "receipt", "r");
        sender.next("RECEIPT");
        var probe = connected(ana);
        subscribe(probe, "p", "/topic/chat." + room.value());
        sender.send("SEND", sendBody("probe", "c-3"), "destination", "/app/chat.send", "receipt", "r2");
        probe.next("MESSAGE");

        leaver.send("SUBSCRIBE", "", "id", "e", "destination", "/user/queue/errors", "receipt", "after");
        assertThat(leaver.next().headers()).containsEntry("receipt-id", "after");
    }

    @Test
    void theOthersHearTheLeaveAndItsNoticeAndTheLeaverHearsNeither() {
        var leaver = connected(bo);
        subscribe(leaver, "s", "/topic/chat." + room.value());
        subscribe(leaver, "e", "/topic/chat." + room.value() + ".events");
        var stayer = connected(ana);
        subscribe(stayer, "s", "/topic/chat." + room.value());
        subscribe(stayer, "e", "/topic/chat." + room.value() + ".events");

        leaveRoom.leave(new LeaveRoom.Command(room, bo));
        var heard = List.of(stayer.next("MESSAGE").bodyText(), stayer.next("MESSAGE").bodyText());

        assertThat(heard).anySatisfy(body -> assertThat(body).contains("\"event\":\"member-left\"",
                "\"memberId\":\"" + bo.value() + "\""));
        assertThat(heard).anySatisfy(body -> assertThat(body).contains("\"type\":\"SYSTEM\"",
                "\"message\":\"member-left\"", "\"senderId\":\"" + bo.value() + "\""));
        leaver.send("SUBSCRIBE", "", "id", "q", "destination", "/user/queue/errors", "receipt", "after");
        assertThat(leaver.next().headers()).containsEntry("receipt-id", "after");
    }

    @Test
    void aBlockedMemberLosesItsConnectionsAtOnce() {
        var blocked = connected(bo);
        var bystander = connected(ana);

        revocations.revoke(bo);

        assertThat(blocked.next().command()).isEqualTo("ERROR");
        assertThat(blocked.closesWithin(Duration.ofSeconds(5))).isTrue();
        assertThat(bystander.closesWithin(Duration.ofMillis(200))).isFalse();
    }

    @Test
    void disconnectIsReceiptedThenClosed() {
        var client = connected(ana);

        client.send("DISCONNECT", "", "receipt", "bye");

        assertThat(client.next().headers()).containsEntry("receipt-id", "bye");
        assertThat(client.closesWithin(Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void aStalledConsumerIsDroppedWithoutDelayingTheOthers() {
        var slow = member("Slow");
        createRoomMember(slow);
        var stalled = RawStompClient.stalled(server.getURI());
        stalled.connect(token(slow));
        stalled.send("SUBSCRIBE", "", "id", "s", "destination", "/topic/chat." + room.value());
        var active = connected(ana);
        subscribe(active, "s", "/topic/chat." + room.value());

        int received = 0;
        for (int i = 0; i < 4000; i++) {
            active.send("SEND", sendBody("m".repeat(3900), "bulk-" + i), "destination", "/app/chat.send",
                    "receipt", "r-" + i);
            if (i % 50 == 49) {
                received += framesUntilReceipt(active, "r-" + i);
            }
        }

        assertThat(received).isEqualTo(4000);
        assertThat(waitUntilClosed(slow)).as("the stalled connection was dropped").isTrue();
    }

    private void createRoomMember(MemberId member) {
        inviteMembers.invite(new InviteMembers.Command(room, ana, Set.of(member)));
    }

    /** The server side's view: the member has no connection left on this instance. */
    private boolean waitUntilClosed(MemberId member) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (connections.openOf(member) == 0) {
                return true;
            }
            Thread.onSpinWait();
        }
        return false;
    }

    /** Reads up to the RECEIPT {@code receipt}, counting the MESSAGE frames on the way. */
    private static int framesUntilReceipt(RawStompClient client, String receipt) {
        int messages = 0;
        while (true) {
            var frame = client.next();
            if (frame.command().equals("MESSAGE")) {
                messages++;
            } else if (frame.command().equals("RECEIPT") && frame.headers().get("receipt-id").equals(receipt)) {
                return messages;
            }
        }
    }

    private MemberId member(String name) {
        var id = new MemberId(UUID.randomUUID());
        names.put(id, name);
        return id;
    }

    private String token(MemberId member) {
        return tokens.issue(new AccessGrant(member, Set.of(Role.CUSTOMER), false, Instant.now(),
                Instant.now().plusSeconds(900)));
    }

    private RawStompClient connected(MemberId member) {
        var client = RawStompClient.open(server.getURI()).connect(token(member));
        assertThat(client.next().command()).isEqualTo("CONNECTED");
        return client;
    }

    private static void subscribe(RawStompClient client, String id, String destination) {
        client.send("SUBSCRIBE", "", "id", id, "destination", destination, "receipt", "subscribed-" + id);
        client.next("RECEIPT");
    }

    private String sendBody(String text, String clientMessageId) {
        return "{\"roomId\":\"" + room.value() + "\",\"message\":\"" + text + "\",\"clientMessageId\":\""
                + clientMessageId + "\"}";
    }

    private static String frame(String command, String body, String... headers) {
        return new String(StompEncoder.frame(command, body.getBytes(java.nio.charset.StandardCharsets.UTF_8), headers),
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
