package io.parlor.adapters.persistence.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.adapters.persistence.shared.JdbcTransactionRunner;
import io.parlor.adapters.persistence.shared.TestDatabase;
import io.parlor.application.chat.port.out.Rooms;
import io.parlor.application.chat.port.out.RoomsContract;
import io.parlor.domain.chat.Room;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The rooms contract, and what the JDBC store adds to it, on one database; subclasses say which. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcRoomsSuite extends RoomsContract {

    @RegisterExtension
    final TestDatabase database;
    private final ChatFixtures fixtures;

    protected JdbcRoomsSuite(TestDatabase database) {
        this.database = database;
        this.fixtures = new ChatFixtures(database);
    }

    @Override
    protected Rooms newSubject() {
        return database.bean(JdbcRooms.class);
    }

    @Override
    protected MemberId existingMember() {
        return fixtures.member();
    }

    @Override
    protected ShopId existingShop() {
        return fixtures.shop();
    }

    @Test
    void aDuplicateDirectPairLeavesTheRunningUnitOfWorkUsable() {
        var rooms = newSubject();
        var ana = existingMember();
        var bo = existingMember();
        rooms.add(Room.openDirect(newRoomId(), ana, bo, NOW));
        var duplicate = Room.openDirect(newRoomId(), bo, ana, NOW);
        var next = Room.openDirect(newRoomId(), ana, existingMember(), NOW);

        List<Boolean> added = transactions().inTransaction(() -> List.of(rooms.add(duplicate), rooms.add(next)));

        assertThat(added).containsExactly(false, true);
        assertThat(rooms.findById(next.id())).map(Room::state).contains(next.state());
        assertThat(rooms.findById(duplicate.id())).isEmpty();
    }

    @Test
    void readsBackAGroupWithoutNameOrShop() {
        var rooms = newSubject();
        var room = Room.openGroup(newRoomId(), existingMember(), List.of(existingMember()), Optional.empty(),
                Optional.empty(), 10, NOW);

        rooms.add(room);

        assertThat(rooms.findById(room.id())).map(Room::state).contains(room.state());
    }

    @Test
    void listsEveryRoomOfAMemberWithItsWholeRoster() {
        var rooms = newSubject();
        var ana = existingMember();
        var expected = new ArrayList<Room>();
        for (int i = 0; i < 12; i++) {
            var others = new ArrayList<MemberId>();
            for (int j = 0; j <= i % 4; j++) {
                others.add(existingMember());
            }
            var room = Room.openGroup(newRoomId(), others.get(0), others, Optional.empty(), Optional.empty(), 10,
                    NOW.plusSeconds(i));
            room.invite(others.get(0), List.of(ana), 10, NOW.plusSeconds(60));
            if (others.size() > 1) {
                room.leave(others.get(1), NOW.plusSeconds(90));
            }
            rooms.add(room);
            expected.add(room);
        }

        var ofAna = rooms.ofMember(ana);

        assertThat(ofAna).extracting(Room::state)
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(Room::state).toList());
    }

    private JdbcTransactionRunner transactions() {
        return database.bean(JdbcTransactionRunner.class);
    }

    private static RoomId newRoomId() {
        return new RoomId(UUID.randomUUID());
    }
}
