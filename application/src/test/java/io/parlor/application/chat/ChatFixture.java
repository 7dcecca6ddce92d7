package io.parlor.application.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.parlor.application.chat.inmemory.InMemoryAttachments;
import io.parlor.application.chat.inmemory.InMemoryBlobStore;
import io.parlor.application.chat.inmemory.InMemoryMemberNames;
import io.parlor.application.chat.inmemory.InMemoryMessages;
import io.parlor.application.chat.inmemory.InMemoryPresence;
import io.parlor.application.chat.inmemory.InMemoryReadMarks;
import io.parlor.application.chat.inmemory.InMemoryRooms;
import io.parlor.application.chat.port.in.CreateRoom;
import io.parlor.application.chat.port.in.PostMessage;
import io.parlor.application.chat.port.in.RoomView;
import io.parlor.application.shared.Platform;
import io.parlor.application.shared.inmemory.InMemoryIdGenerator;
import io.parlor.application.shared.inmemory.InMemoryTimeSource;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.application.shared.inmemory.InProcessDomainEventBus;
import io.parlor.application.shared.port.out.Inbox;
import io.parlor.domain.chat.ClientMessageId;
import io.parlor.domain.chat.Message;
import io.parlor.domain.chat.MessageType;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.chat.RoomName;
import io.parlor.domain.chat.RoomType;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.shared.DomainError;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The real chat use cases over in-memory adapters, with a clock the test moves. */
final class ChatFixture {

    static final Instant START = Instant.parse("2026-11-21T09:30:00Z");

    final InMemoryTimeSource time = new InMemoryTimeSource(START);
    final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    final InMemoryRooms rooms = new InMemoryRooms(transactions);
    final InMemoryMessages messages = new InMemoryMessages(transactions);
    final InMemoryReadMarks readMarks = new InMemoryReadMarks(transactions);
    final InMemoryAttachments attachments = new InMemoryAttachments(messages);
    final InMemoryBlobStore blobs = new InMemoryBlobStore();
    final InMemoryMemberNames names = new InMemoryMemberNames();
    final InMemoryPresence presence = new InMemoryPresence(time);
    final InProcessDomainEventBus events = new InProcessDomainEventBus();
    final Inbox chatTopic = new Inbox();
    final ChatUseCases useCases;

    ChatFixture() {
        this(ChatSettings.defaults());
    }

    ChatFixture(ChatSettings settings) {
        events.subscribe(ChatUseCases.TOPIC, chatTopic);
        useCases = ChatUseCases.wire(new ChatPorts(platform(), rooms, messages, readMarks, attachments, blobs,
                names, presence), settings);
    }

    Platform platform() {
        return new Platform(transactions, events, time, new InMemoryIdGenerator());
    }

    /** A member membership knows under {@code name}. */
    MemberId member(String name) {
        var id = new MemberId(UUID.randomUUID());
        names.put(id, name);
        return id;
    }

    RoomView group(MemberId creator, MemberId... others) {
        return useCases.createRoom().create(new CreateRoom.Command(creator, RoomType.GROUP,
                Optional.of(new RoomName("Regulars")), Set.of(others), Optional.empty())).room();
    }

    CreateRoom.Result direct(MemberId creator, MemberId other) {
        return useCases.createRoom().create(new CreateRoom.Command(creator, RoomType.DIRECT, Optional.empty(),
                Set.of(other), Optional.empty()));
    }

    /** What arrives on the room's topic from now on. */
    Inbox listen(RoomId room) {
        var inbox = new Inbox();
        events.subscribe(ChatUseCases.roomTopic(room), inbox);
        return inbox;
    }

    PostMessage.Result post(RoomId room, MemberId sender, String text, String clientMessageId) {
        return now(useCases.postMessage().post(new PostMessage.Command(room, sender, MessageType.TEXT, text,
                Optional.empty(), new ClientMessageId(clientMessageId))));
    }

    /** Waits for a post's answer, throwing the error it completed with as {@code post} would have. */
    static PostMessage.Result now(CompletableFuture<PostMessage.Result> answer) {
        try {
            return answer.join();
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof RuntimeException refused ? refused : failed;
        }
    }

    /** Posts {@code text} one second after the previous step. */
    Message say(RoomId room, MemberId sender, String text) {
        time.advance(Duration.ofSeconds(1));
        return post(room, sender, text, UUID.randomUUID().toString()).message();
    }

    /** The code of the domain error that {@code call} throws. */
    static String codeOf(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(DomainError.class);
        return ((DomainError) thrown).code();
    }
}
