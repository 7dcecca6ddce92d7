package io.parlor.application.chat;

import io.parlor.application.chat.port.in.RejoinRoom;
import io.parlor.application.chat.port.in.RoomView;
import io.parlor.application.chat.port.out.Rooms;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.chat.MemberJoined;
import io.parlor.domain.chat.Message;
import io.parlor.domain.chat.Room;
import io.parlor.domain.chat.RoomNotFound;
import java.util.Optional;

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
        var outcome = transactions.inTransaction(() -> {
            var room = rooms.lockById(command.room()).orElseThrow(RoomNotFound::new);
            if (!room.rejoin(command.member(), settings.maxGroupMembers(), now)) {
                return new Outcome(room, Optional.<Message>empty());
            }
            rooms.save(room);
            return new Outcome(room, Optional.of(roster.joined(room.id(), command.member(), now)));
        });
        outcome.notice().ifPresent(notice -> {
            events.inRoom(notice.room(), notice.posted());
            events.inRoom(notice.room(), new MemberJoined(notice.room(), command.member(), notice.seq(), now));
            events.updated(notice.room(), outcome.room().members(), notice.seq(), now);
        });
        return views.of(outcome.room(), command.member());
    }

    private record Outcome(Room room, Optional<Message> notice) {
    }
}
