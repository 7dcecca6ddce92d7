package io.parlor.application.chat;

import io.parlor.application.chat.port.in.CreateRoom;
import io.parlor.application.chat.port.out.Rooms;
import io.parlor.application.shared.port.out.IdGenerator;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.chat.DirectPair;
import io.parlor.domain.chat.Room;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.chat.RoomType;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.shared.InvalidValue;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;

final class CreateRoomService implements CreateRoom {

    private final Rooms rooms;
    private final Roster roster;
    private final RoomViews views;
    private final ChatEvents events;
    private final TransactionRunner transactions;
    private final TimeSource time;
    private final IdGenerator ids;
    private final ChatSettings settings;

    CreateRoomService(Rooms rooms, Roster roster, RoomViews views, ChatEvents events, TransactionRunner transactions,
            TimeSource time, IdGenerator ids, ChatSettings settings) {
        this.rooms = rooms;
        this.roster = roster;
        this.views = views;
        this.events = events;
        this.transactions = transactions;
        this.time = time;
        this.ids = ids;
        this.settings = settings;
    }

    @Override
    public Result create(Command command) {
        var others = new HashSet<>(command.members());
        others.remove(command.creator());
        roster.requireKnown(others);
        var now = time.now();
        return command.type() == RoomType.DIRECT ? direct(command, others.stream().toList(), now) : group(command, now);
    }

    private Result direct(Command command, List<MemberId> others, Instant now) {
        if (others.size() != 1) {
            throw new InvalidValue("memberIds", "a direct room joins the caller and exactly one other member");
        }
        if (command.name().isPresent()) {
            throw new InvalidValue("name", "a direct room has no name");
        }
        if (command.shop().isPresent()) {
            throw new InvalidValue("shopId", "a direct room belongs to no shop");
        }
        var pair = new DirectPair(command.creator(), others.get(0));
        var existing = rooms.findDirect(pair);
        if (existing.isPresent()) {
            return new Result(views.of(existing.get(), command.creator()), false);
        }
        var room = Room.openDirect(newId(), command.creator(), others.get(0), now);
        if (transactions.inTransaction(() -> rooms.add(room))) {
            return announce(room, command.creator());
        }
        var winner = rooms.findDirect(pair).orElseThrow(() -> new IllegalStateException("direct room vanished"));
        return new Result(views.of(winner, command.creator()), false);
    }

    private Result group(Command command, Instant now) {
        var room = Room.openGroup(newId(), command.creator(), command.members(), command.name(), command.shop(),
                settings.maxGroupMembers(), now);
        if (!transactions.inTransaction(() -> rooms.add(room))) {
            throw new IllegalStateException("room id " + room.id() + " is taken");
        }
        return announce(room, command.creator());
    }

    private Result announce(Room room, MemberId creator) {
        events.publish(room);
        return new Result(views.of(room, creator), true);
    }

    private RoomId newId() {
        return new RoomId(ids.newId());
    }
}
