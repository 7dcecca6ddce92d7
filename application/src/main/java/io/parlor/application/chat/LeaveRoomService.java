package io.parlor.application.chat;

import io.parlor.application.chat.port.in.LeaveRoom;
import io.parlor.application.chat.port.out.Rooms;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.chat.RoomNotFound;
import java.util.List;

final class LeaveRoomService implements LeaveRoom {

    private final Rooms rooms;
    private final Roster roster;
    private final ChatEvents events;
    private final TransactionRunner transactions;
    private final TimeSource time;

    LeaveRoomService(Rooms rooms, Roster roster, ChatEvents events, TransactionRunner transactions, TimeSource time) {
        this.rooms = rooms;
        this.roster = roster;
        this.events = events;
        this.transactions = transactions;
        this.time = time;
    }

    @Override
    public void leave(Command command) {
        var now = time.now();
        var room = transactions.inTransaction(() -> {
            var locked = rooms.lockById(command.room()).orElseThrow(RoomNotFound::new);
            locked.leave(command.member(), now);
            rooms.save(locked);
            locked.announce(List.of(roster.left(locked.id(), command.member(), now)), now);
            return locked;
        });
        events.publish(room);
    }
}
