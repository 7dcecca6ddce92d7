package io.parlor.domain.chat;

import static io.parlor.domain.chat.RoomFixtures.MAX_MEMBERS;
import static io.parlor.domain.chat.RoomFixtures.NOW;
import static io.parlor.domain.chat.RoomFixtures.anyGroup;
import static io.parlor.domain.chat.RoomFixtures.anyMemberId;
import static io.parlor.domain.chat.RoomFixtures.anyRoomId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.shared.InvalidValue;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoomTest {

    private final MemberId ana = anyMemberId();
    private final MemberId bo = anyMemberId();

    @Test
    void aDirectRoomJoinsTwoMembersWhoseOrderDoesNotMatter() {
        var room = Room.openDirect(anyRoomId(), ana, bo, NOW);

        var pair = room.directPair().orElseThrow();

        assertThat(room.members()).containsExactlyInAnyOrder(ana, bo);
        assertThat(pair).isEqualTo(new DirectPair(bo, ana));
        assertThat(pair.key()).isEqualTo(new DirectPair(bo, ana).key());
    }

    @Test
    void aDirectRoomWithOneselfIsRefused() {
        assertThatThrownBy(() -> Room.openDirect(anyRoomId(), ana, ana, NOW)).isInstanceOf(InvalidValue.class)
                .extracting(e -> ((InvalidValue) e).field()).isEqualTo("memberIds");
    }

    @Test
    void theRosterOfADirectRoomNeverChanges() {
        var room = Room.openDirect(anyRoomId(), ana, bo, NOW);

        assertThatThrownBy(() -> room.invite(ana, List.of(anyMemberId()), MAX_MEMBERS, NOW))
                .isInstanceOf(DirectRoomFixed.class);
        assertThatThrownBy(() -> room.leave(ana, NOW)).isInstanceOf(DirectRoomFixed.class);
        assertThat(room.members()).containsExactlyInAnyOrder(ana, bo);
    }

    @Test
    void aGroupCountsItsCreatorOnceAndHasNoPair() {
        var room = Room.openGroup(anyRoomId(), ana, List.of(ana, bo), Optional.empty(), Optional.empty(),
                MAX_MEMBERS, NOW);

        assertThat(room.members()).containsExactlyInAnyOrder(ana, bo);
        assertThat(room.directPair()).isEmpty();
        assertThat(room.created().members()).containsExactlyInAnyOrder(ana, bo);
    }

    @Test
    void anyCurrentMemberInvitesAndCurrentMembersAreSkipped() {
        var room = anyGroup(ana, bo);
        var cy = anyMemberId();

        var joined = room.invite(bo, List.of(ana, cy, cy), MAX_MEMBERS, NOW.plusSeconds(60));

        assertThat(joined).containsExactly(cy);
        assertThat(room.participants()).last().isEqualTo(new Participant(cy, NOW.plusSeconds(60), Optional.empty()));
    }

    @Test
    void strangersAndFormerMembersCannotInvite() {
        var room = anyGroup(ana, bo);
        room.leave(bo, NOW);

        assertThatThrownBy(() -> room.invite(anyMemberId(), List.of(anyMemberId()), MAX_MEMBERS, NOW))
                .isInstanceOf(NotRoomMember.class);
        assertThatThrownBy(() -> room.invite(bo, List.of(anyMemberId()), MAX_MEMBERS, NOW))
                .isInstanceOf(NotRoomMember.class);
    }

    @Test
    void aFullRoomTakesNobodyMore() {
        var room = anyGroup(ana, anyMemberId(), anyMemberId(), anyMemberId());

        assertThatThrownBy(() -> room.invite(ana, List.of(anyMemberId(), anyMemberId()), MAX_MEMBERS, NOW))
                .isInstanceOf(RoomFull.class);
        assertThat(room.members()).hasSize(4);
    }

    @Test
    void aFormerMemberRejoinsWithANewJoinTime() {
        var room = anyGroup(ana, bo);
        room.leave(bo, NOW.plusSeconds(10));

        boolean back = room.rejoin(bo, MAX_MEMBERS, NOW.plusSeconds(20));

        assertThat(back).isTrue();
        assertThat(room.hasMember(bo)).isTrue();
        assertThat(room.participants()).last().extracting(Participant::joinedAt).isEqualTo(NOW.plusSeconds(20));
        assertThat(room.rejoin(bo, MAX_MEMBERS, NOW)).isFalse();
    }

    @Test
    void onlyFormerMembersRejoin() {
        var room = anyGroup(ana);

        assertThatThrownBy(() -> room.rejoin(bo, MAX_MEMBERS, NOW)).isInstanceOf(NotRoomMember.class);
    }

    @Test
    void leftMembersAreNoLongerMembersButKnowTheRoom() {
        var room = anyGroup(ana, bo);

        room.leave(bo, NOW);

        assertThat(room.members()).containsExactly(ana);
        assertThatThrownBy(() -> room.requireMember(bo)).isInstanceOf(NotRoomMember.class)
                .extracting(e -> ((NotRoomMember) e).code()).isEqualTo("not-room-member");
        assertThatThrownBy(() -> room.requireMember(anyMemberId())).isInstanceOf(NotRoomMember.class);
    }

    @Test
    void reconstitutionKeepsEveryField() {
        var room = anyGroup(ana, bo);
        room.leave(bo, NOW.plusSeconds(5));

        var copy = Room.reconstitute(room.state());

        assertThat(copy.state()).isEqualTo(room.state());
    }
}
