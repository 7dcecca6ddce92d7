package io.parlor.application.chat;

import io.parlor.application.chat.port.in.InviteMembers;
import io.parlor.application.chat.port.in.RoomView;
import io.parlor.application.chat.port.out.Rooms;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.chat.RoomNotFound;

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
        var room = transactions.inTransaction(() -> {
            var locked = rooms.lockById(command.room()).orElseThrow(RoomNotFound::new);
            locked.requireMember(command.actor());
            roster.requireKnown(command.members());
            var joined = locked.invite(command.actor(), command.members(), settings.maxGroupMembers(), now);
            if (!joined.isEmpty()) {
                rooms.save(locked);
            }
            locked.announce(joined.stream().map(m -> roster.joined(locked.id(), m, now)).toList(), now);
            return locked;
        });
        events.publish(room);
        return views.of(room, command.actor());
    }
}
