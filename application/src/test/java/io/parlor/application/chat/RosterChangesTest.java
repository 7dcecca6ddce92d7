package io.parlor.application.chat;

import static io.parlor.application.chat.ChatFixture.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.application.chat.port.in.InviteMembers;
import io.parlor.application.chat.port.in.LeaveRoom;
import io.parlor.application.chat.port.in.ListMessages;
import io.parlor.application.chat.port.in.RejoinRoom;
import io.parlor.application.chat.port.in.RoomView;
import io.parlor.application.chat.port.in.ShowRoom;
import io.parlor.domain.chat.MemberJoined;
import io.parlor.domain.chat.MemberLeft;
import io.parlor.domain.chat.Message;
import io.parlor.domain.chat.MessagePosted;
import io.parlor.domain.chat.MessageType;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.chat.RoomUpdated;
import io.parlor.domain.membership.MemberId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RosterChangesTest {

    private final ChatFixture chat = new ChatFixture();
    private final MemberId ana = chat.member("Ana");
    private final MemberId bo = chat.member("Bo");
    private final MemberId cy = chat.member("Cy");
    private final RoomId room = chat.group(ana, bo).id();

    private RoomView invite(MemberId actor, MemberId... members) {
        return chat.useCases.inviteMembers().invite(new InviteMembers.Command(room, actor, Set.of(members)));
    }

    private void leave(RoomId from, MemberId member) {
        chat.useCases.leaveRoom().leave(new LeaveRoom.Command(from, member));
    }

    private RoomView rejoin(MemberId member) {
        return chat.useCases.rejoinRoom().rejoin(new RejoinRoom.Command(room, member));
    }

    private List<Message> history(MemberId reader) {
        return chat.useCases.listMessages().list(new ListMessages.Query(room, reader, Optional.empty(),
                Optional.empty(), Optional.empty()));
    }

    @Test
    void anyMemberInvitesAndTheJoinIsRecordedInTheTimeline() {
        var inbox = chat.listen(room);
        chat.time.advance(Duration.ofMinutes(1));

        var after = invite(bo, cy);

        var events = inbox.next(2);
        var notice = history(cy).get(0);
        assertThat(after.memberIds()).containsExactlyInAnyOrder(ana, bo, cy);
        assertThat(notice.content().type()).isEqualTo(MessageType.SYSTEM);
        assertThat(notice.content().text()).isEqualTo("member-joined");
        assertThat(notice.sender()).isEqualTo(cy);
        assertThat(events.get(0)).isInstanceOf(MessagePosted.class);
        assertThat(events.get(1)).isEqualTo(new MemberJoined(room, cy, notice.seq(), chat.time.now()));
    }

    @Test
    void invitingSomeoneAlreadyInTheRoomChangesNothing() {
        invite(ana, bo);

        assertThat(chat.messages.lastSeq(room)).isZero();
    }

    @Test
    void strangersCannotInviteAndNobodyInvitesIntoADirectRoom() {
        var direct = chat.direct(ana, bo).room().id();

        assertThat(codeOf(() -> invite(cy, chat.member("Di")))).isEqualTo("not-room-member");
        assertThat(codeOf(() -> chat.useCases.inviteMembers().invite(new InviteMembers.Command(direct, ana,
                Set.of(cy))))).isEqualTo("direct-room-fixed");
        assertThat(codeOf(() -> leave(direct, ana))).isEqualTo("direct-room-fixed");
    }

    @Test
    void aNewcomerReadsTheHistoryButHasNothingUnreadFromBefore() {
        chat.say(room, ana, "welcome, everyone");

        var seenByAna = invite(ana, cy);

        var cysView = chat.useCases.showRoom().show(new ShowRoom.Query(room, cy));
        assertThat(history(cy)).extracting(m -> m.content().text()).containsExactly("welcome, everyone",
                "member-joined");
        assertThat(cysView.unreadCount()).isZero();
        assertThat(seenByAna.unreadCount()).as("the join notice is news to the others").isEqualTo(1);
    }

    @Test
    void aLeavingMemberIsRecordedAndLosesAccess() {
        var inbox = chat.listen(room);

        leave(room, bo);

        var events = inbox.next(2);
        assertThat(events.get(1)).isEqualTo(new MemberLeft(room, bo, 1, chat.time.now()));
        assertThat(history(ana)).extracting(m -> m.content().text()).containsExactly("member-left");
        assertThat(codeOf(() -> history(bo))).isEqualTo("not-room-member");
        assertThat(codeOf(() -> leave(room, bo))).isEqualTo("not-room-member");
    }

    @Test
    void aFormerMemberRejoinsAndReadsAgain() {
        leave(room, bo);
        chat.time.advance(Duration.ofHours(1));

        var view = rejoin(bo);

        assertThat(view.memberIds()).contains(bo);
        assertThat(history(bo)).extracting(m -> m.content().text()).containsExactly("member-left", "member-joined");
        assertThat(rejoin(bo).memberIds()).contains(bo);
        assertThat(chat.messages.lastSeq(room)).isEqualTo(2);
    }

    @Test
    void onlyFormerMembersRejoin() {
        assertThat(codeOf(() -> rejoin(cy))).isEqualTo("not-room-member");
    }

    @Test
    void theRoomListOfEveryoneConcernedIsUpdated() {
        chat.chatTopic.next();

        leave(room, bo);

        var update = (RoomUpdated) chat.chatTopic.next();
        assertThat(update.members()).containsExactlyInAnyOrder(ana, bo);
        assertThat(update.lastSeq()).isEqualTo(1);
    }
}
