package io.parlor.application.chat;

import io.parlor.application.chat.port.in.InviteMembers;
import io.parlor.application.chat.port.in.RoomView;
import io.parlor.application.chat.port.out.Rooms;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.chat.MemberJoined;
import io.parlor.domain.chat.Message;
import io.parlor.domain.chat.Room;
import io.parlor.domain.chat.RoomNotFound;
import java.util.List;

final class InviteMembersService implements InviteMembers {

    private final Rooms rooms;
    private final Roster roster;
    private final RoomViews views;
    private final ChatEvents events;
    private final TransactionRunner transactions;
    private final TimeSource time;
    private final ChatSettings settings;

    InviteMembersService(Rooms rooms, Roster roster, RoomViews views, ChatEvents events, TransactionRunner transactions,
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
    public RoomView invite(Command command) {
        var now = time.now();
        var outcome = transactions.inTransaction(() -> {
            var room = rooms.lockById(command.room()).orElseThrow(RoomNotFound::new);
            room.requireMember(command.actor());
            roster.requireKnown(command.members());
            var joined = room.invite(command.actor(), command.members(), settings.maxGroupMembers(), now);
            if (!joined.isEmpty()) {
                rooms.save(room);
            }
            return new Outcome(room, joined.stream().map(m -> roster.joined(room.id(), m, now)).toList());
        });
        for (Message notice : outcome.notices()) {
            events.inRoom(notice.room(), notice.posted());
            events.inRoom(notice.room(), new MemberJoined(notice.room(), notice.sender(), notice.seq(), now));
        }
        if (!outcome.notices().isEmpty()) {
            var last = outcome.notices().get(outcome.notices().size() - 1);
            events.updated(last.room(), outcome.room().members(), last.seq(), now);
        }
        return views.of(outcome.room(), command.actor());
    }

    private record Outcome(Room room, List<Message> notices) {
    }
}
