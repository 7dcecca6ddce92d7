package io.parlor.adapters.persistence.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.adapters.persistence.shared.JdbcTransactionRunner;
import io.parlor.adapters.persistence.shared.TestDatabase;
import io.parlor.application.chat.port.out.Rooms;
import io.parlor.application.chat.port.out.RoomsContract;
import io.parlor.domain.chat.ClientMessageId;
import io.parlor.domain.chat.MessageContent;
import io.parlor.domain.chat.MessageDraft;
import io.parlor.domain.chat.MessageId;
import io.parlor.domain.chat.MessageType;
import io.parlor.domain.chat.Room;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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

    @Test
    void savingARoomLeavesItsTimelineAlone() {
        var rooms = newSubject();
        var ana = existingMember();
        var bo = existingMember();
        var room = Room.openGroup(newRoomId(), ana, List.of(bo), Optional.empty(), Optional.empty(), 10, NOW);
        rooms.add(room);
        var messages = database.bean(JdbcMessages.class);
        messages.append(text(room.id(), ana));
        messages.append(text(room.id(), bo));

        transactions().runInTransaction(() -> {
            var locked = rooms.lockById(room.id()).orElseThrow();
            locked.leave(bo, NOW.plusSeconds(5));
            rooms.save(locked);
        });
        var next = messages.append(text(room.id(), ana));

        assertThat(next.message().seq()).isEqualTo(3);
        assertThat(messages.lastOf(List.of(room.id()))).containsEntry(room.id(), next.message());
    }

    @Test
    void aLockedRoomHoldsOffAppendsUntilTheUnitOfWorkEnds() throws Exception {
        var rooms = newSubject();
        var ana = existingMember();
        var room = Room.openGroup(newRoomId(), ana, List.of(), Optional.empty(), Optional.empty(), 10, NOW);
        rooms.add(room);
        var messages = database.bean(JdbcMessages.class);
        var appending = new AtomicReference<CompletableFuture<Long>>();

        boolean appendedWhileLocked = transactions().inTransaction(() -> {
            rooms.lockById(room.id()).orElseThrow();
            appending.set(CompletableFuture.supplyAsync(() -> messages.append(text(room.id(), ana)).message().seq()));
            pause();
            return appending.get().isDone();
        });

        assertThat(appendedWhileLocked).isFalse();
        assertThat(appending.get().get(10, TimeUnit.SECONDS)).isEqualTo(1);
    }

    private JdbcTransactionRunner transactions() {
        return database.bean(JdbcTransactionRunner.class);
    }

    private static RoomId newRoomId() {
        return new RoomId(UUID.randomUUID());
    }

    private static MessageDraft text(RoomId room, MemberId sender) {
        return new MessageDraft(new MessageId(UUID.randomUUID()), room, sender,
                MessageContent.posted(MessageType.TEXT, "hello", Optional.empty(), 4000),
                Optional.of(new ClientMessageId(UUID.randomUUID().toString())), NOW);
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
