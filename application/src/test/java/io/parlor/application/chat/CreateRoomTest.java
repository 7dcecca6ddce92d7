package io.parlor.application.chat;

import static io.parlor.application.chat.ChatFixture.START;
import static io.parlor.application.chat.ChatFixture.codeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.application.chat.port.in.CreateRoom;
import io.parlor.domain.chat.RoomCreated;
import io.parlor.domain.chat.RoomName;
import io.parlor.domain.chat.RoomType;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.shared.InvalidValue;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CreateRoomTest {

    private final ChatFixture chat = new ChatFixture();
    private final MemberId ana = chat.member("Ana");
    private final MemberId bo = chat.member("Bo");

    private CreateRoom.Result create(RoomType type, Optional<RoomName> name, Set<MemberId> members,
            Optional<ShopId> shop) {
        return chat.useCases.createRoom().create(new CreateRoom.Command(ana, type, name, members, shop));
    }

    private String fieldOf(Runnable call) {
        try {
            call.run();
        } catch (InvalidValue e) {
            return e.field();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void aDirectRoomIsCreatedOnceAndThenReturnedToEitherMember() {
        var first = chat.direct(ana, bo);
        chat.time.advance(Duration.ofMinutes(5));

        var again = chat.direct(bo, ana);

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.room().id()).isEqualTo(first.room().id());
        assertThat(first.room().memberIds()).containsExactlyInAnyOrder(ana, bo);
        assertThat(chat.chatTopic.next()).isInstanceOf(RoomCreated.class);
        assertThat(chat.chatTopic.pending()).isEmpty();
    }

    @Test
    void aDirectRoomNamesExactlyOneOtherMemberAndNothingElse() {
        var cy = chat.member("Cy");

        assertThat(fieldOf(() -> create(RoomType.DIRECT, Optional.empty(), Set.of(bo, cy), Optional.empty())))
                .isEqualTo("memberIds");
        assertThat(fieldOf(() -> create(RoomType.DIRECT, Optional.empty(), Set.of(ana), Optional.empty())))
                .isEqualTo("memberIds");
        assertThat(fieldOf(() -> create(RoomType.DIRECT, Optional.of(new RoomName("Us")), Set.of(bo),
                Optional.empty()))).isEqualTo("name");
        assertThat(fieldOf(() -> create(RoomType.DIRECT, Optional.empty(), Set.of(bo),
                Optional.of(new ShopId(UUID.randomUUID()))))).isEqualTo("shopId");
    }

    @Test
    void aGroupHasItsCreatorItsMembersANameAndAShop() {
        var shop = new ShopId(UUID.randomUUID());

        var result = create(RoomType.GROUP, Optional.of(new RoomName("Friday regulars")), Set.of(bo), Optional.of(shop));

        var room = result.room();
        assertThat(room.type()).isEqualTo(RoomType.GROUP);
        assertThat(room.name()).contains("Friday regulars");
        assertThat(room.shop()).contains(shop);
        assertThat(room.memberIds()).containsExactlyInAnyOrder(ana, bo);
        assertThat(room.createdAt()).isEqualTo(START);
        assertThat(room.lastMessage()).isEmpty();
        assertThat(room.unreadCount()).isZero();
        assertThat(chat.chatTopic.next()).isEqualTo(new RoomCreated(room.id(), RoomType.GROUP,
                Optional.of("Friday regulars"), Optional.of(shop), Set.of(ana, bo), ana, START));
    }

    @Test
    void unknownMembersCannotBeAdded() {
        var stranger = new MemberId(UUID.randomUUID());

        assertThat(fieldOf(() -> create(RoomType.GROUP, Optional.empty(), Set.of(bo, stranger), Optional.empty())))
                .isEqualTo("memberIds");
        assertThat(chat.rooms.ofMember(ana)).isEmpty();
    }

    @Test
    void aGroupHoldsNoMoreMembersThanTheSettingsAllow() {
        var small = new ChatFixture(new ChatSettings(4_000, 50, 200, 2, Duration.ofSeconds(60), 1024));
        var creator = small.member("Ana");
        var others = Set.of(small.member("Bo"), small.member("Cy"));

        assertThat(codeOf(() -> small.useCases.createRoom().create(new CreateRoom.Command(creator, RoomType.GROUP,
                Optional.empty(), others, Optional.empty())))).isEqualTo("room-full");
        assertThatThrownBy(() -> new ChatSettings(4_000, 300, 200, 2, Duration.ofSeconds(1), 1024))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
