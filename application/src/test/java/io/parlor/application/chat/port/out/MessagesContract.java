package io.parlor.application.chat.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import io.parlor.domain.chat.SystemNotice;
import io.parlor.domain.membership.MemberId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** What every {@link Messages} store does. Each test uses fresh rooms and members. */
public abstract class MessagesContract {

    protected static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");

    /** An empty or shared store; tests never assume it is empty. */
    protected abstract Messages newSubject();

    /** The unit of work the subject joins. */
    protected abstract TransactionRunner transactions();

    /** A room messages may be appended to; a relational subclass adds the room first. */
    protected RoomId existingRoom() {
        return new RoomId(UUID.randomUUID());
    }

    /** A member who may send into any room; a relational subclass adds the member first. */
    protected MemberId existingMember() {
        return new MemberId(UUID.randomUUID());
    }

    /** An attachment a message may show; a relational subclass stores its upload first. */
    protected AttachmentId existingAttachment(MemberId owner) {
        return new AttachmentId(UUID.randomUUID());
    }

    private static MessageDraft text(RoomId room, MemberId sender, String text, String clientId) {
        return new MessageDraft(new MessageId(UUID.randomUUID()), room, sender,
                MessageContent.posted(MessageType.TEXT, text, Optional.empty(), 4000),
                Optional.of(new ClientMessageId(clientId)), NOW);
    }

    private static MessageDraft text(RoomId room, MemberId sender, String text) {
        return text(room, sender, text, UUID.randomUUID().toString());
    }

    @Test
    void numbersARoomsMessagesFromOneAndReadsBackEveryField() {
        var messages = newSubject();
        var room = existingRoom();
        var ana = existingMember();
        var first = text(room, ana, "hello\nthere");
        var notice = MessageDraft.notice(new MessageId(UUID.randomUUID()), room, ana, SystemNotice.MEMBER_LEFT, NOW);

        var appended = List.of(messages.append(first), messages.append(notice));

        assertThat(appended).extracting(Appended::replay).containsExactly(false, false);
        assertThat(appended).extracting(a -> a.message()).containsExactly(first.at(1), notice.at(2));
        assertThat(messages.after(room, 0, Long.MAX_VALUE, 10)).containsExactly(first.at(1), notice.at(2));
        assertThat(messages.lastSeq(room)).isEqualTo(2);
    }

    @Test
    void eachRoomHasItsOwnSequence() {
        var messages = newSubject();
        var one = existingRoom();
        var other = existingRoom();
        var ana = existingMember();

        messages.append(text(one, ana, "a"));
        messages.append(text(one, ana, "b"));
        var firstOfOther = messages.append(text(other, ana, "c"));

        assertThat(firstOfOther.message().seq()).isEqualTo(1);
        assertThat(messages.lastSeq(one)).isEqualTo(2);
        assertThat(messages.lastSeq(existingRoom())).isZero();
    }

    @Test
    void aRetryOfTheSameClientMessageIdReturnsTheStoredMessage() {
        var messages = newSubject();
        var room = existingRoom();
        var ana = existingMember();
        var original = messages.append(text(room, ana, "first try", "c-1")).message();

        var retry = messages.append(text(room, ana, "edited retry", "c-1"));

        assertThat(retry).isEqualTo(new Appended(original, true));
        assertThat(messages.lastSeq(room)).isEqualTo(1);
    }

    @Test
    void theSameClientMessageIdOfAnotherSenderOrRoomIsANewMessage() {
        var messages = newSubject();
        var room = existingRoom();
        var ana = existingMember();
        messages.append(text(room, ana, "ana", "c-1"));

        var bo = messages.append(text(room, existingMember(), "bo", "c-1"));
        var elsewhere = messages.append(text(existingRoom(), ana, "elsewhere", "c-1"));

        assertThat(bo.replay()).isFalse();
        assertThat(bo.message().seq()).isEqualTo(2);
        assertThat(elsewhere.replay()).isFalse();
    }

    @Test
    void concurrentAppendsToOneRoomTakeEverySeqOnce() {
        var messages = newSubject();
        var room = existingRoom();
        var ana = existingMember();

        var appended = Concurrently.run(20, i -> messages.append(text(room, ana, "message " + i)));

        assertThat(appended).extracting(a -> a.message().seq()).containsExactlyInAnyOrderElementsOf(
                LongStream.rangeClosed(1, 20).boxed().toList());
        assertThat(messages.after(room, 0, Long.MAX_VALUE, 50)).extracting(Message::seq)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 20).boxed().toList());
    }

    @Test
    void concurrentRetriesStoreTheMessageOnce() {
        var messages = newSubject();
        var room = existingRoom();
        var ana = existingMember();

        var appended = Concurrently.run(10, i -> messages.append(text(room, ana, "try " + i, "same-key")));

        assertThat(appended).filteredOn(a -> !a.replay()).hasSize(1);
        assertThat(appended).extracting(a -> a.message().id()).containsOnly(appended.get(0).message().id());
        assertThat(messages.lastSeq(room)).isEqualTo(1);
    }

    @Test
    void aRolledBackAppendLeavesNoGap() {
        var messages = newSubject();
        var room = existingRoom();
        var ana = existingMember();
        messages.append(text(room, ana, "kept"));

        assertThatThrownBy(() -> transactions().runInTransaction(() -> {
            messages.append(text(room, ana, "undone", "c-undone"));
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        var next = messages.append(text(room, ana, "again", "c-undone"));

        assertThat(next.replay()).isFalse();
        assertThat(next.message().seq()).isEqualTo(2);
    }

    @Test
    void aBatchNumbersEachRoomOnFromItsLastSeqInTheOrderGiven() {
        var messages = newSubject();
        var one = existingRoom();
        var two = existingRoom();
        var ana = existingMember();
        messages.append(text(one, ana, "before"));
        var batch = List.of(text(one, ana, "a"), text(two, ana, "b"), text(one, ana, "c"));

        var appended = messages.appendAll(batch);

        assertThat(appended).extracting(Appended::message)
                .containsExactly(batch.get(0).at(2), batch.get(1).at(1), batch.get(2).at(3));
        assertThat(appended).noneMatch(Appended::replay);
        assertThat(messages.after(one, 0, Long.MAX_VALUE, 10)).extracting(Message::seq).containsExactly(1L, 2L, 3L);
        assertThat(messages.lastSeq(two)).isEqualTo(1);
        assertThat(messages.appendAll(List.of())).isEmpty();
    }

    @Test
    void aBatchReplaysRetriesOfEarlierMessagesAndOfItsOwnDrafts() {
        var messages = newSubject();
        var room = existingRoom();
        var ana = existingMember();
        var original = messages.append(text(room, ana, "first", "c-1")).message();

        var appended = messages.appendAll(List.of(text(room, ana, "retry", "c-1"), text(room, ana, "new", "c-2"),
                text(room, ana, "new again", "c-2"), text(room, existingMember(), "bo's own", "c-2")));

        assertThat(appended.get(0)).isEqualTo(new Appended(original, true));
        assertThat(appended.get(1).replay()).isFalse();
        assertThat(appended.get(1).message().seq()).isEqualTo(2);
        assertThat(appended.get(2)).isEqualTo(new Appended(appended.get(1).message(), true));
        assertThat(appended.get(3).replay()).isFalse();
        assertThat(appended.get(3).message().seq()).isEqualTo(3);
        assertThat(messages.lastSeq(room)).isEqualTo(3);
    }

    @Test
    void concurrentBatchesOverTheSameRoomsTakeEverySeqOnce() {
        var messages = newSubject();
        var one = existingRoom();
        var two = existingRoom();
        var ana = existingMember();

        Concurrently.run(10, i -> {
            var first = i % 2 == 0 ? one : two;
            var second = i % 2 == 0 ? two : one;
            return messages.appendAll(List.of(text(first, ana, "x"), text(second, ana, "y"), text(first, ana, "z")));
        });

        var expected = LongStream.rangeClosed(1, 15).boxed().toList();
        assertThat(messages.after(one, 0, Long.MAX_VALUE, 50)).extracting(Message::seq).containsExactlyElementsOf(expected);
        assertThat(messages.after(two, 0, Long.MAX_VALUE, 50)).extracting(Message::seq).containsExactlyElementsOf(expected);
    }

    @Test
    void aRolledBackBatchLeavesNoGap() {
        var messages = newSubject();
        var room = existingRoom();
        var ana = existingMember();

        assertThatThrownBy(() -> transactions().runInTransaction(() -> {
            messages.appendAll(List.of(text(room, ana, "undone", "c-1"), text(room, ana, "undone too", "c-2")));
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");
        var next = messages.appendAll(List.of(text(room, ana, "again", "c-2")));

        assertThat(next.get(0).replay()).isFalse();
        assertThat(next.get(0).message().seq()).isEqualTo(1);
    }

    @Test
    void pagesFromEitherEndInAscendingOrder() {
        var messages = newSubject();
        var room = existingRoom();
        var ana = existingMember();
        for (int i = 1; i <= 6; i++) {
            messages.append(text(room, ana, "m" + i));
        }

        var newest = messages.before(room, Long.MAX_VALUE, 2);
        var beforeFive = messages.before(room, 5, 3);
        var afterTwo = messages.after(room, 2, Long.MAX_VALUE, 3);
        var between = messages.after(room, 2, 5, 10);

        assertThat(newest).extracting(Message::seq).containsExactly(5L, 6L);
        assertThat(beforeFive).extracting(Message::seq).containsExactly(2L, 3L, 4L);
        assertThat(afterTwo).extracting(Message::seq).containsExactly(3L, 4L, 5L);
        assertThat(between).extracting(Message::seq).containsExactly(3L, 4L);
        assertThat(messages.after(room, 6, Long.MAX_VALUE, 10)).isEmpty();
    }

    @Test
    void findsTheLastMessageOfEachRoomThatHasOne() {
        var messages = newSubject();
        var one = existingRoom();
        var empty = existingRoom();
        var ana = existingMember();
        messages.append(text(one, ana, "a"));
        var last = messages.append(text(one, ana, "b")).message();

        var found = messages.lastOf(List.of(one, empty));

        assertThat(found).isEqualTo(Map.of(one, last));
    }

    @Test
    void countsUnreadMessagesPastTheMarkThatOthersSent() {
        var messages = newSubject();
        var room = existingRoom();
        var quiet = existingRoom();
        var ana = existingMember();
        var bo = existingMember();
        messages.append(text(room, bo, "1"));
        messages.append(text(room, bo, "2"));
        messages.append(text(room, ana, "3"));
        messages.append(text(room, bo, "4"));

        var counts = messages.unreadCounts(ana, Map.of(room, new ReadMark(1), quiet, ReadMark.NONE));

        assertThat(counts).isEqualTo(Map.of(room, 2L, quiet, 0L));
        assertThat(messages.unreadCounts(bo, Map.of(room, ReadMark.NONE))).isEqualTo(Map.of(room, 1L));
    }

    @Test
    void findsTheRoomsWhereAMessageShowsAnAttachment() {
        var messages = newSubject();
        var one = existingRoom();
        var two = existingRoom();
        var three = existingRoom();
        var ana = existingMember();
        var photo = existingAttachment(ana);
        var menu = existingAttachment(ana);
        messages.append(showing(one, ana, MessageType.IMAGE, photo));
        messages.append(showing(one, ana, MessageType.FILE, photo));
        messages.append(showing(two, ana, MessageType.IMAGE, photo));
        messages.append(showing(three, ana, MessageType.FILE, menu));
        messages.append(text(three, ana, "no attachment"));

        var showingPhoto = messages.roomsShowing(photo);
        var showingNothing = messages.roomsShowing(new AttachmentId(UUID.randomUUID()));

        assertThat(showingPhoto).isEqualTo(Set.of(one, two));
        assertThat(messages.roomsShowing(menu)).isEqualTo(Set.of(three));
        assertThat(showingNothing).isEmpty();
    }

    private static MessageDraft showing(RoomId room, MemberId sender, MessageType type, AttachmentId attachment) {
        return new MessageDraft(new MessageId(UUID.randomUUID()), room, sender,
                MessageContent.posted(type, "", Optional.of(attachment), 4000),
                Optional.of(new ClientMessageId(UUID.randomUUID().toString())), NOW);
    }
}
