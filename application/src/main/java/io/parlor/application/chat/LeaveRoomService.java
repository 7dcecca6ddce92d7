package io.parlor.application.chat;

import io.parlor.application.chat.port.in.LeaveRoom;
import io.parlor.application.chat.port.out.Rooms;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.chat.MemberLeft;
import io.parlor.domain.chat.Message;
import io.parlor.domain.chat.Room;
import io.parlor.domain.chat.RoomNotFound;
import java.util.LinkedHashSet;

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
        var outcome = transactions.inTransaction(() -> {
            var room = rooms.lockById(command.room()).orElseThrow(RoomNotFound::new);
            room.leave(command.member(), now);
            rooms.save(room);
            return new Outcome(room, roster.left(room.id(), command.member(), now));
        });
        var notice = outcome.notice();
        events.inRoom(notice.room(), notice.posted());
        events.inRoom(notice.room(), new MemberLeft(notice.room(), command.member(), notice.seq(), now));
        var affected = new LinkedHashSet<>(outcome.room().members());
        affected.add(command.member());
        events.updated(notice.room(), affected, notice.seq(), now);
    }

    private record Outcome(Room room, Message notice) {
    }
}
