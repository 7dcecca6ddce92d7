package io.parlor.domain.chat;

import static io.parlor.domain.chat.RoomFixtures.NOW;
import static io.parlor.domain.chat.RoomFixtures.anyMemberId;
import static io.parlor.domain.chat.RoomFixtures.anyRoomId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.domain.membership.MemberId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimelinesTest {

    private final RoomId room = anyRoomId();
    private final MemberId ana = anyMemberId();

    @Test
    void anEmptyBatchStoresNothing() {
        var appending = new Timelines(Map.of(room, 4L), List.of()).append(List.of());

        assertThat(appending.results()).isEmpty();
        assertThat(appending.newMessages()).isEmpty();
    }

    @Test
    void numbersNewMessagesOnFromTheLastSeqOfEachRoom() {
        var other = anyRoomId();
        var drafts = List.of(text(room, ana, "c-1"), text(other, ana, "c-2"), text(room, ana, "c-3"),
                notice(room, ana));

        var appending = new Timelines(Map.of(room, 7L, other, 0L), List.of()).append(drafts);

        var expected = List.of(drafts.get(0).at(8), drafts.get(1).at(1), drafts.get(2).at(9), drafts.get(3).at(10));
        assertThat(appending.newMessages()).containsExactlyElementsOf(expected);
        assertThat(appending.results()).containsExactlyElementsOf(
                expected.stream().map(message -> new Appended(message, false)).toList());
    }

    @Test
    void aRetryOfAStoredMessageReplaysItWhateverItsContent() {
        var original = text(room, ana, "c-1").at(3);
        var retry = new MessageDraft(new MessageId(UUID.randomUUID()), room, ana,
                MessageContent.posted(MessageType.TEXT, "edited", Optional.empty(), 4000),
                original.clientMessageId(), NOW.plusSeconds(5));
        var fresh = text(room, ana, "c-2");

        var appending = new Timelines(Map.of(room, 5L), List.of(original)).append(List.of(retry, fresh));

        assertThat(appending.results()).containsExactly(new Appended(original, true),
                new Appended(fresh.at(6), false));
        assertThat(appending.newMessages()).containsExactly(fresh.at(6));
    }

    @Test
    void aBatchOfReplaysOnlyStoresNothing() {
        var first = text(room, ana, "c-1").at(1);
        var second = text(room, ana, "c-2").at(2);

        var appending = new Timelines(Map.of(room, 2L), List.of(first, second))
                .append(List.of(retryOf(second), retryOf(first), retryOf(second)));

        assertThat(appending.newMessages()).isEmpty();
        assertThat(appending.results()).containsExactly(new Appended(second, true), new Appended(first, true),
                new Appended(second, true));
    }

    @Test
    void aDraftRepeatingAnEarlierDraftOfTheBatchReplaysIt() {
        var first = text(room, ana, "c-1");
        var repeat = text(room, ana, "c-1");
        var next = text(room, ana, "c-2");

        var appending = new Timelines(Map.of(room, 0L), List.of()).append(List.of(first, repeat, next));

        assertThat(appending.results()).containsExactly(new Appended(first.at(1), false),
                new Appended(first.at(1), true), new Appended(next.at(2), false));
        assertThat(appending.newMessages()).containsExactly(first.at(1), next.at(2));
    }

    @Test
    void theSameClientMessageIdOfAnotherSenderOrRoomIsANewMessage() {
        var other = anyRoomId();
        var stored = text(room, ana, "c-1").at(1);
        var bo = text(room, anyMemberId(), "c-1");
        var elsewhere = text(other, ana, "c-1");

        var appending = new Timelines(Map.of(room, 1L, other, 0L), List.of(stored)).append(List.of(bo, elsewhere));

        assertThat(appending.results()).extracting(Appended::replay).containsExactly(false, false);
        assertThat(appending.newMessages()).containsExactly(bo.at(2), elsewhere.at(1));
    }

    @Test
    void draftsWithoutAClientMessageIdNeverReplay() {
        var one = notice(room, ana);
        var two = notice(room, ana);

        var appending = new Timelines(Map.of(room, 0L), List.of()).append(List.of(one, two));

        assertThat(appending.newMessages()).containsExactly(one.at(1), two.at(2));
        assertThat(appending.results()).noneMatch(Appended::replay);
    }

    @Test
    void aDraftForARoomWithoutALastSeqIsARoomNotFound() {
        var timelines = new Timelines(Map.of(room, 0L), List.of());
        var drafts = List.of(text(room, ana, "c-1"), text(anyRoomId(), ana, "c-2"));

        assertThatThrownBy(() -> timelines.append(drafts)).isInstanceOf(RoomNotFound.class);
        assertThatThrownBy(() -> new Timelines(Map.of(room, -1L), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static MessageDraft text(RoomId room, MemberId sender, String clientId) {
        return new MessageDraft(new MessageId(UUID.randomUUID()), room, sender,
                MessageContent.posted(MessageType.TEXT, "hello", Optional.empty(), 4000),
                Optional.of(new ClientMessageId(clientId)), NOW);
    }

    private static MessageDraft notice(RoomId room, MemberId member) {
        return MessageDraft.notice(new MessageId(UUID.randomUUID()), room, member, SystemNotice.MEMBER_LEFT, NOW);
    }

    private static MessageDraft retryOf(Message stored) {
        return new MessageDraft(new MessageId(UUID.randomUUID()), stored.room(), stored.sender(), stored.content(),
                stored.clientMessageId(), NOW);
    }
}
