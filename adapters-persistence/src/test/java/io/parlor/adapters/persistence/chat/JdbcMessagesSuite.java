package io.parlor.adapters.persistence.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.adapters.persistence.shared.JdbcTransactionRunner;
import io.parlor.adapters.persistence.shared.TestDatabase;
import io.parlor.application.chat.port.out.Messages;
import io.parlor.application.chat.port.out.MessagesContract;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.chat.Appended;
import io.parlor.domain.chat.AttachmentId;
import io.parlor.domain.chat.ClientMessageId;
import io.parlor.domain.chat.Message;
import io.parlor.domain.chat.MessageContent;
import io.parlor.domain.chat.MessageDraft;
import io.parlor.domain.chat.MessageId;
import io.parlor.domain.chat.MessageType;
import io.parlor.domain.chat.ReadMark;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.chat.RoomNotFound;
import io.parlor.domain.membership.MemberId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The messages contract, and what the JDBC store adds to it, on one database; subclasses say which. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcMessagesSuite extends MessagesContract {

    @RegisterExtension
    final TestDatabase database;
    private final ChatFixtures fixtures;

    protected JdbcMessagesSuite(TestDatabase database) {
        this.database = database;
        this.fixtures = new ChatFixtures(database);
    }

    @Override
    protected Messages newSubject() {
        return database.bean(JdbcMessages.class);
    }

    @Override
    protected TransactionRunner transactions() {
        return database.bean(JdbcTransactionRunner.class);
    }

    @Override
    protected RoomId existingRoom() {
        return fixtures.room();
    }

    @Override
    protected MemberId existingMember() {
        return fixtures.member();
    }

    @Override
    protected AttachmentId existingAttachment(MemberId owner) {
        return fixtures.attachment(owner);
    }

    @Test
    void storesEveryKindOfContentUpToTheLongestText() {
        var messages = newSubject();
        var room = existingRoom();
        var ana = existingMember();
        var longest = "\uD83D\uDE00".repeat(4000);
        var drafts = List.of(
                draft(room, ana, MessageContent.posted(MessageType.TEXT, longest, Optional.empty(), 4000), "t"),
                draft(room, ana, MessageContent.posted(MessageType.IMAGE, "", Optional.of(fixtures.attachment(ana)), 4000),
                        "i"),
                draft(room, ana, MessageContent.posted(MessageType.FILE, "the plan", Optional.of(fixtures.attachment(ana)),
                        4000), "f"),
                draft(room, ana, MessageContent.posted(MessageType.TEMPLATE, "See you at 10:00", Optional.empty(),
                        4000), "p"));

        var stored = drafts.stream().map(d -> messages.append(d).message()).toList();

        assertThat(messages.after(room, 0, Long.MAX_VALUE, 10)).containsExactlyElementsOf(stored);
    }

    @Test
    void appendingToARoomThatWasNeverAddedFails() {
        var messages = newSubject();
        var nowhere = new RoomId(UUID.randomUUID());

        assertThatThrownBy(() -> messages.append(text(nowhere, existingMember(), "c-1")))
                .isInstanceOf(RoomNotFound.class);
        assertThat(messages.lastSeq(nowhere)).isZero();
    }

    @Test
    void aRetryWaitsForItsOriginalsUnitOfWorkAndReplaysIt() throws Exception {
        var messages = newSubject();
        var room = existingRoom();
        var ana = existingMember();
        var retrying = new AtomicReference<CompletableFuture<Appended>>();

        Message original = transactions().inTransaction(() -> {
            var first = messages.append(text(room, ana, "c-1")).message();
            retrying.set(CompletableFuture.supplyAsync(() -> messages.append(text(room, ana, "c-1"))));
            pause();
            assertThat(retrying.get()).isNotDone();
            return first;
        });

        assertThat(retrying.get().get(10, TimeUnit.SECONDS)).isEqualTo(new Appended(original, true));
    }

    @Test
    void aRetryWaitingOnARolledBackOriginalStoresItAtTheFreedSeq() throws Exception {
        var messages = newSubject();
        var room = existingRoom();
        var ana = existingMember();
        messages.append(text(room, ana, "c-0"));
        var retrying = new AtomicReference<CompletableFuture<Appended>>();

        assertThatThrownBy(() -> transactions().runInTransaction(() -> {
            messages.append(text(room, ana, "c-1"));
            retrying.set(CompletableFuture.supplyAsync(() -> messages.append(text(room, ana, "c-1"))));
            pause();
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        var retried = retrying.get().get(10, TimeUnit.SECONDS);

        assertThat(retried.replay()).isFalse();
        assertThat(retried.message().seq()).isEqualTo(2);
        assertThat(messages.lastSeq(room)).isEqualTo(2);
    }

    @Test
    void concurrentAppendsToSeveralRoomsNumberEachRoomWithoutGaps() throws Exception {
        var messages = newSubject();
        var ana = existingMember();
        var rooms = List.of(existingRoom(), existingRoom(), existingRoom(), existingRoom());
        var appends = new ArrayList<Callable<Message>>();
        for (int i = 0; i < 120; i++) {
            var room = rooms.get(i % rooms.size());
            appends.add(() -> messages.append(text(room, ana, UUID.randomUUID().toString())).message());
        }

        var stored = new ArrayList<Message>();
        var pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Message> result : pool.invokeAll(appends)) {
                stored.add(result.get());
            }
        } finally {
            pool.shutdown();
        }

        var seqsByRoom = stored.stream().collect(Collectors.groupingBy(Message::room,
                Collectors.mapping(Message::seq, Collectors.toSet())));
        var everySeq = LongStream.rangeClosed(1, 30).boxed().collect(Collectors.toSet());
        assertThat(seqsByRoom).hasSize(4).allSatisfy((room, seqs) -> assertThat(seqs).isEqualTo(everySeq));
        rooms.forEach(room -> assertThat(messages.lastSeq(room)).isEqualTo(30));
    }

    @Test
    void readsLastMessagesAndUnreadCountsOfManyRoomsAtOnce() {
        var messages = newSubject();
        var ana = existingMember();
        var bo = existingMember();
        var last = new HashMap<RoomId, Message>();
        var marks = new HashMap<RoomId, ReadMark>();
        var unread = new HashMap<RoomId, Long>();
        for (int i = 0; i < 150; i++) {
            var room = fixtures.groupOf(ana, bo);
            var mark = new ReadMark(i % 2);
            long othersPastMark = 0;
            for (int seq = 1; seq <= i % 4; seq++) {
                var sender = seq % 2 == 0 ? ana : bo;
                last.put(room, messages.append(text(room, sender, "c-" + seq)).message());
                othersPastMark += sender.equals(bo) && seq > mark.seq() ? 1 : 0;
            }
            marks.put(room, mark);
            unread.put(room, othersPastMark);
        }

        var lastOf = messages.lastOf(marks.keySet());
        var counts = messages.unreadCounts(ana, marks);

        assertThat(lastOf).isEqualTo(last);
        assertThat(counts).isEqualTo(unread);
    }

    private static MessageDraft text(RoomId room, MemberId sender, String clientId) {
        return draft(room, sender, MessageContent.posted(MessageType.TEXT, "hello", Optional.empty(), 4000), clientId);
    }

    private static MessageDraft draft(RoomId room, MemberId sender, MessageContent content, String clientId) {
        return new MessageDraft(new MessageId(UUID.randomUUID()), room, sender, content,
                Optional.of(new ClientMessageId(clientId)), NOW);
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
