package io.parlor.domain.chat;

import static io.parlor.domain.chat.RoomFixtures.MAX_MEMBERS;
import static io.parlor.domain.chat.RoomFixtures.NOW;
import static io.parlor.domain.chat.RoomFixtures.anyGroup;
import static io.parlor.domain.chat.RoomFixtures.anyMemberId;
import static io.parlor.domain.chat.RoomFixtures.anyRoomId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.domain.membership.MemberId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoomEventsTest {

    private static final Instant LATER = NOW.plusSeconds(300);

    private final MemberId ana = anyMemberId();
    private final MemberId bo = anyMemberId();
    private final MemberId cy = anyMemberId();

    @Test
    void aNewRoomRecordsItsCreationAndALoadedOneNothing() {
        var room = Room.openDirect(anyRoomId(), ana, bo, NOW);

        assertThat(room.recordedEvents()).containsExactly(room.created());
        assertThat(Room.reconstitute(room.state()).recordedEvents()).isEmpty();
    }

    @Test
    void joiningNoticesRecordEachNoticeWithItsJoinThenOneUpdateOfTheRoomLists() {
        var room = loaded(anyGroup(ana, bo));
        room.invite(ana, List.of(cy), MAX_MEMBERS, LATER);
        var dan = anyMemberId();
        room.invite(ana, List.of(dan), MAX_MEMBERS, LATER);
        var cyJoined = notice(room, 7, cy, SystemNotice.MEMBER_JOINED);
        var danJoined = notice(room, 8, dan, SystemNotice.MEMBER_JOINED);

        room.announce(List.of(cyJoined, danJoined), LATER);

        assertThat(room.recordedEvents()).containsExactly(
                cyJoined.posted(), new MemberJoined(room.id(), cy, 7, LATER),
                danJoined.posted(), new MemberJoined(room.id(), dan, 8, LATER),
                new RoomUpdated(room.id(), room.members(), 8, LATER));
    }

    @Test
    void aLeavingNoticeRecordsTheLeaveAndUpdatesTheLeaversRoomListToo() {
        var room = loaded(anyGroup(ana, bo));
        room.leave(bo, LATER);
        var left = notice(room, 4, bo, SystemNotice.MEMBER_LEFT);

        room.announce(List.of(left), LATER);

        assertThat(room.recordedEvents()).containsExactly(left.posted(), new MemberLeft(room.id(), bo, 4, LATER),
                new RoomUpdated(room.id(), Set.of(ana, bo), 4, LATER));
    }

    @Test
    void noNoticesRecordNothing() {
        var room = loaded(anyGroup(ana, bo));

        room.announce(List.of(), LATER);

        assertThat(room.recordedEvents()).isEmpty();
    }

    @Test
    void onlySystemNoticesOfThisRoomAreAnnounced() {
        var room = loaded(anyGroup(ana, bo));
        var posted = new Message(new MessageId(UUID.randomUUID()), room.id(), 3, ana,
                MessageContent.posted(MessageType.TEXT, "hello", Optional.empty(), 100), Optional.empty(), LATER);
        var elsewhere = notice(loaded(anyGroup(ana, bo)), 3, ana, SystemNotice.MEMBER_JOINED);

        assertThatThrownBy(() -> room.announce(List.of(posted), LATER)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> room.announce(List.of(elsewhere), LATER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(room.recordedEvents()).isEmpty();
    }

    @Test
    void aReadRecordsTheMarkThenTheReadersRoomList() {
        var room = loaded(anyGroup(ana, bo));

        room.read(bo, new ReadMark(5), 9, LATER);

        assertThat(room.recordedEvents()).containsExactly(new MessagesRead(room.id(), bo, 5, LATER),
                new RoomUpdated(room.id(), Set.of(bo), 9, LATER));
    }

    @Test
    void onlyAMemberReads() {
        var room = loaded(anyGroup(ana, bo));

        assertThatThrownBy(() -> room.read(cy, new ReadMark(1), 1, LATER)).isInstanceOf(NotRoomMember.class);
        assertThat(room.recordedEvents()).isEmpty();
    }

    /** The room as a use case finds it in the store: with nothing recorded yet. */
    private static Room loaded(Room room) {
        return Room.reconstitute(room.state());
    }

    private static Message notice(Room room, long seq, MemberId member, SystemNotice notice) {
        var draft = MessageDraft.notice(new MessageId(UUID.randomUUID()), room.id(), member, notice, LATER);
        return new Message(draft.id(), room.id(), seq, member, draft.content(), Optional.empty(), LATER);
    }
}
