package io.parlor.application.chat;

import static io.parlor.application.chat.ChatFixture.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.application.chat.port.in.LeaveRoom;
import io.parlor.application.chat.port.in.ListRooms;
import io.parlor.application.chat.port.in.MarkRead;
import io.parlor.application.chat.port.in.RoomView;
import io.parlor.application.chat.port.in.ShowRoom;
import io.parlor.domain.chat.MessagesRead;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.chat.RoomUpdated;
import io.parlor.domain.membership.MemberId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadStateTest {

    private final ChatFixture chat = new ChatFixture();
    private final MemberId ana = chat.member("Ana");
    private final MemberId bo = chat.member("Bo");
    private final RoomId room = chat.group(ana, bo).id();

    private boolean markRead(MemberId member, long seq) {
        return chat.useCases.markRead().markRead(new MarkRead.Command(room, member, seq));
    }

    private RoomView seenBy(MemberId member) {
        return chat.useCases.showRoom().show(new ShowRoom.Query(room, member));
    }

    private List<RoomView> roomsOf(MemberId member) {
        return chat.useCases.listRooms().list(new ListRooms.Query(member));
    }

    @Test
    void unreadCountsOthersMessagesAfterTheMark() {
        chat.say(room, bo, "one");
        chat.say(room, ana, "two");
        chat.say(room, bo, "three");

        var forAna = seenBy(ana);
        var forBo = seenBy(bo);

        assertThat(forAna.unreadCount()).isEqualTo(2);
        assertThat(forBo.unreadCount()).isEqualTo(1);
        assertThat(forAna.lastMessage()).map(m -> m.content().text()).contains("three");
    }

    @Test
    void markingReadMovesTheMarkAndTellsTheRoom() {
        chat.say(room, bo, "one");
        chat.say(room, bo, "two");
        var inbox = chat.listen(room);
        chat.chatTopic.next(3);

        boolean moved = markRead(ana, 1);

        assertThat(moved).isTrue();
        assertThat(inbox.next()).isEqualTo(new MessagesRead(room, ana, 1, chat.time.now()));
        assertThat(chat.chatTopic.next()).isEqualTo(new RoomUpdated(room, Set.of(ana), 2, chat.time.now()));
        assertThat(seenBy(ana).unreadCount()).isEqualTo(1);
    }

    @Test
    void aMarkNeverMovesBackAndAStaleMarkIsNoEvent() {
        chat.say(room, bo, "one");
        chat.say(room, bo, "two");
        markRead(ana, 2);
        var inbox = chat.listen(room);

        boolean moved = markRead(ana, 1);

        assertThat(moved).isFalse();
        assertThat(inbox.pending()).isEmpty();
        assertThat(seenBy(ana).unreadCount()).isZero();
    }

    @Test
    void aMarkStopsAtTheLastMessage() {
        chat.say(room, bo, "one");

        markRead(ana, 99);
        chat.say(room, bo, "two");

        assertThat(seenBy(ana).unreadCount()).isEqualTo(1);
        assertThat(codeOf(() -> markRead(ana, -1))).isEqualTo("invalid-field");
    }

    @Test
    void onlyMembersMarkRead() {
        assertThat(codeOf(() -> markRead(chat.member("Eve"), 1))).isEqualTo("not-room-member");
    }

    @Test
    void theRoomListShowsTheMostRecentlyActiveRoomFirst() {
        var cy = chat.member("Cy");
        var quiet = chat.group(ana, cy).id();
        var direct = chat.direct(bo, ana).room().id();
        chat.say(direct, bo, "hi Ana");
        chat.say(room, bo, "see you Friday");

        var list = roomsOf(ana);

        assertThat(list).extracting(RoomView::id).containsExactly(room, direct, quiet);
        assertThat(list).extracting(RoomView::unreadCount).containsExactly(1L, 1L, 0L);
        assertThat(list.get(0).lastMessage()).map(m -> m.content().text()).contains("see you Friday");
        assertThat(list.get(2).lastMessage()).isEmpty();
        assertThat(roomsOf(cy)).extracting(RoomView::id).containsExactly(quiet);
    }

    @Test
    void aLeftRoomDropsOutOfTheList() {
        chat.useCases.leaveRoom().leave(new LeaveRoom.Command(room, bo));

        assertThat(roomsOf(bo)).isEmpty();
        assertThat(roomsOf(ana)).extracting(RoomView::id).containsExactly(room);
    }
}
