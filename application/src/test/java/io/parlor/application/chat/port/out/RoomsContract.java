package io.parlor.application.chat.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.domain.chat.DirectPair;
import io.parlor.domain.chat.Room;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.chat.RoomName;
import io.parlor.domain.chat.RoomNotFound;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link Rooms} store does. Each test uses fresh rooms and members. */
public abstract class RoomsContract {

    protected static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");
    private static final int MAX_MEMBERS = 100;

    /** An empty or shared store; tests never assume it is empty. */
    protected abstract Rooms newSubject();

    /** A member rooms may hold; a relational subclass adds the member first. */
    protected MemberId existingMember() {
        return new MemberId(UUID.randomUUID());
    }

    /** A shop group rooms may belong to; a relational subclass adds the shop first. */
    protected ShopId existingShop() {
        return new ShopId(UUID.randomUUID());
    }

    private static RoomId newRoomId() {
        return new RoomId(UUID.randomUUID());
    }

    private Room group(MemberId creator, MemberId... others) {
        return Room.openGroup(newRoomId(), creator, List.of(others), Optional.of(new RoomName("Regulars")),
                Optional.of(existingShop()), MAX_MEMBERS, NOW);
    }

    @Test
    void readsBackEveryFieldOfAnAddedRoom() {
        var rooms = newSubject();
        var bo = existingMember();
        var room = group(existingMember(), bo, existingMember());
        room.leave(bo, NOW.plusSeconds(30));

        boolean added = rooms.add(room);

        assertThat(added).isTrue();
        assertThat(rooms.findById(room.id())).map(Room::state).contains(room.state());
        assertThat(rooms.lockById(room.id())).map(Room::state).contains(room.state());
        assertThat(rooms.findById(newRoomId())).isEmpty();
    }

    @Test
    void locksSeveralRoomsAtOnceAndLeavesOutUnknownOnes() {
        var rooms = newSubject();
        var one = group(existingMember());
        var two = group(existingMember(), existingMember());
        rooms.add(one);
        rooms.add(two);

        var locked = rooms.lockAll(List.of(two.id(), newRoomId(), one.id(), two.id()));

        assertThat(locked).containsOnlyKeys(one.id(), two.id());
        assertThat(locked.get(one.id()).state()).isEqualTo(one.state());
        assertThat(locked.get(two.id()).state()).isEqualTo(two.state());
        assertThat(rooms.lockAll(List.of())).isEmpty();
    }

    @Test
    void refusesASecondRoomWithTheSameId() {
        var rooms = newSubject();
        var room = group(existingMember());
        rooms.add(room);

        boolean again = rooms.add(room);

        assertThat(again).isFalse();
    }

    @Test
    void keepsOneDirectRoomPerPairWhicheverMemberOpensIt() {
        var rooms = newSubject();
        var ana = existingMember();
        var bo = existingMember();
        var first = Room.openDirect(newRoomId(), ana, bo, NOW);
        rooms.add(first);
        var second = Room.openDirect(newRoomId(), bo, ana, NOW);

        boolean added = rooms.add(second);

        assertThat(added).isFalse();
        assertThat(rooms.findById(second.id())).isEmpty();
        assertThat(rooms.findDirect(new DirectPair(bo, ana))).map(Room::state).contains(first.state());
        assertThat(rooms.findDirect(new DirectPair(ana, existingMember()))).isEmpty();
    }

    @Test
    void ofConcurrentDirectRoomsForOnePairExactlyOneIsStored() {
        var rooms = newSubject();
        var ana = existingMember();
        var bo = existingMember();

        var added = Concurrently.run(10, i -> rooms.add(Room.openDirect(newRoomId(), ana, bo, NOW)));

        assertThat(added).filteredOn(Boolean::booleanValue).hasSize(1);
        assertThat(rooms.findDirect(new DirectPair(ana, bo))).isPresent();
    }

    @Test
    void savingReplacesTheRoster() {
        var rooms = newSubject();
        var ana = existingMember();
        var bo = existingMember();
        rooms.add(group(ana, bo));
        var room = rooms.lockById(rooms.ofMember(ana).get(0).id()).orElseThrow();

        room.leave(bo, NOW.plusSeconds(10));
        room.invite(ana, List.of(existingMember()), MAX_MEMBERS, NOW.plusSeconds(20));
        rooms.save(room);

        assertThat(rooms.findById(room.id())).map(Room::state).contains(room.state());
    }

    @Test
    void savingAnUnknownRoomFails() {
        var rooms = newSubject();

        assertThatThrownBy(() -> rooms.save(group(existingMember()))).isInstanceOf(RoomNotFound.class);
    }

    @Test
    void listsTheRoomsAMemberIsInNow() {
        var rooms = newSubject();
        var ana = existingMember();
        var bo = existingMember();
        var both = group(ana, bo);
        var left = group(bo, ana);
        left.leave(ana, NOW);
        var direct = Room.openDirect(newRoomId(), ana, existingMember(), NOW);
        List.of(both, left, direct, group(bo)).forEach(rooms::add);

        var ofAna = rooms.ofMember(ana);

        assertThat(ofAna).extracting(Room::id).containsExactlyInAnyOrder(both.id(), direct.id());
        assertThat(rooms.ofMember(existingMember())).isEmpty();
    }
}
