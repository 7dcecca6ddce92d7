package io.parlor.application.chat;

import io.parlor.application.chat.port.in.RoomView;
import io.parlor.application.chat.port.out.Messages;
import io.parlor.application.chat.port.out.ReadMarks;
import io.parlor.domain.chat.ReadMark;
import io.parlor.domain.chat.Room;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/**
 * Rooms as a member sees them, with their last message and unread count: three lookups for any
 * number of rooms (last messages, the viewer's read marks, unread counts).
 */
final class RoomViews {

    private static final Comparator<RoomView> MOST_RECENT_FIRST = Comparator.comparing(RoomView::lastActivityAt)
            .thenComparing(view -> view.id().value()).reversed();

    private final Messages messages;
    private final ReadMarks readMarks;

    RoomViews(Messages messages, ReadMarks readMarks) {
        this.messages = messages;
        this.readMarks = readMarks;
    }

    RoomView of(Room room, MemberId viewer) {
        return of(List.of(room), viewer).get(0);
    }

    /** The views of {@code rooms}, most recent activity first. */
    List<RoomView> of(Collection<Room> rooms, MemberId viewer) {
        var ids = rooms.stream().map(Room::id).toList();
        var last = messages.lastOf(ids);
        var stored = readMarks.ofMember(viewer);
        var marks = new HashMap<RoomId, ReadMark>();
        ids.forEach(id -> marks.put(id, stored.getOrDefault(id, ReadMark.NONE)));
        var unread = messages.unreadCounts(viewer, marks);
        return rooms.stream()
                .map(room -> new RoomView(room.id(), room.type(), room.name().map(Object::toString), room.shop(),
                        room.members(), Optional.ofNullable(last.get(room.id())),
                        unread.getOrDefault(room.id(), 0L), room.createdAt()))
                .sorted(MOST_RECENT_FIRST)
                .toList();
    }
}
