package io.parlor.application.chat;

import static io.parlor.application.chat.ChatFixture.START;
import static io.parlor.application.chat.ChatFixture.codeOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.application.chat.port.in.InviteMembers;
import io.parlor.application.chat.port.in.ListParticipants;
import io.parlor.application.chat.port.in.MarkOffline;
import io.parlor.application.chat.port.in.MarkOnline;
import io.parlor.application.chat.port.in.MarkRead;
import io.parlor.application.chat.port.in.ParticipantView;
import io.parlor.application.chat.port.in.ReportTyping;
import io.parlor.domain.chat.MemberTyping;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParticipantsTest {

    private final ChatFixture chat = new ChatFixture();
    private final MemberId ana = chat.member("Ana");
    private final MemberId bo = chat.member("Bo");
    private final RoomId room = chat.group(ana, bo).id();

    private List<ParticipantView> participants(MemberId viewer) {
        return chat.useCases.listParticipants().list(new ListParticipants.Query(room, viewer));
    }

    private void online(MemberId member, String connection) {
        chat.useCases.markOnline().markOnline(new MarkOnline.Command(member, connection));
    }

    private boolean isOnline(MemberId member) {
        return participants(ana).stream().filter(p -> p.memberId().equals(member)).findFirst().orElseThrow().online();
    }

    @Test
    void listsNamesJoinTimesReadMarksAndPresence() {
        chat.say(room, bo, "hello");
        chat.useCases.markRead().markRead(new MarkRead.Command(room, ana, 1));
        var cy = chat.member("Cy");
        chat.time.advance(Duration.ofMinutes(1));
        chat.useCases.inviteMembers().invite(new InviteMembers.Command(room, ana, Set.of(cy)));
        chat.names.remove(cy);
        online(bo, "socket-1");

        var list = participants(bo);

        assertThat(list).containsExactlyInAnyOrder(
                new ParticipantView(ana, Optional.of("Ana"), START, 1, false),
                new ParticipantView(bo, Optional.of("Bo"), START, 0, true),
                new ParticipantView(cy, Optional.empty(), chat.time.now(), 2, false));
        assertThat(list.get(2).memberId()).isEqualTo(cy);
    }

    @Test
    void presenceLastsItsTimeToLiveUnlessRenewed() {
        online(bo, "socket-1");
        chat.time.advance(Duration.ofSeconds(45));
        online(bo, "socket-1");

        chat.time.advance(Duration.ofSeconds(45));
        var renewed = isOnline(bo);
        chat.time.advance(Duration.ofSeconds(16));

        assertThat(renewed).isTrue();
        assertThat(isOnline(bo)).isFalse();
    }

    @Test
    void aMemberGoesOfflineWithItsLastConnection() {
        online(bo, "phone");
        online(bo, "laptop");

        chat.useCases.markOffline().markOffline(new MarkOffline.Command(bo, "phone"));
        var withLaptop = isOnline(bo);
        chat.useCases.markOffline().markOffline(new MarkOffline.Command(bo, "laptop"));

        assertThat(withLaptop).isTrue();
        assertThat(isOnline(bo)).isFalse();
    }

    @Test
    void typingIsHeardByTheRoomAndStoresNothing() {
        var inbox = chat.listen(room);

        chat.useCases.reportTyping().typing(new ReportTyping.Command(room, bo));

        assertThat(inbox.next()).isEqualTo(new MemberTyping(room, bo, START));
        assertThat(chat.messages.lastSeq(room)).isZero();
    }

    @Test
    void strangersNeitherTypeNorSeeTheMembers() {
        var stranger = chat.member("Eve");

        assertThat(codeOf(() -> chat.useCases.reportTyping().typing(new ReportTyping.Command(room, stranger))))
                .isEqualTo("not-room-member");
        assertThat(codeOf(() -> participants(stranger))).isEqualTo("not-room-member");
    }
}
