package io.parlor.application.chat;

import io.parlor.application.chat.port.in.RejoinRoom;
import io.parlor.application.chat.port.in.RoomView;
import io.parlor.application.chat.port.out.Rooms;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.chat.RoomNotFound;
import java.util.List;

final class RejoinRoomService implements RejoinRoom {

    private final Rooms rooms;
    private final Roster roster;
    private final RoomViews views;
    private final ChatEvents events;
    private final TransactionRunner transactions;
    private final TimeSource time;
    private final ChatSettings settings;

    RejoinRoomService(Rooms rooms, Roster roster, RoomViews views, ChatEvents events, TransactionRunner transactions,
            TimeSource time, ChatSettings settings) {
        this.rooms = rooms;
        this.roster = roster;
        this.views = views;
        this.events = events;
        this.transactions = transactions;
        this.time = time;
        this.settings = settings;
    }

    @Override
    public RoomView rejoin(Command command) {
        var now = time.now();
        var room = transactions.inTransaction(() -> {
            var locked = rooms.lockById(command.room()).orElseThrow(RoomNotFound::new);
            if (locked.rejoin(command.member(), settings.maxGroupMembers(), now)) {
                rooms.save(locked);
                locked.announce(List.of(roster.joined(locked.id(), command.member(), now)), now);
            }
            return locked;
        });
        events.publish(room);
        return views.of(room, command.member());
    }
}
