package io.parlor.application.bridge;

import io.parlor.application.chat.port.in.ShowRoom;
import io.parlor.application.chat.port.out.ReadMarks;
import io.parlor.application.notification.port.out.ChatRooms;
import io.parlor.application.notification.port.out.RoomSummary;
import io.parlor.domain.chat.Message;
import io.parlor.domain.chat.NotRoomMember;
import io.parlor.domain.chat.ReadMark;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.chat.RoomNotFound;
import io.parlor.domain.membership.MemberId;
import java.util.Optional;
import java.util.function.Supplier;

/** Notification's view of a member's room, answered by chat's own use case and read marks. */
public final class ChatRoomSummaries implements ChatRooms {

    private final Supplier<ShowRoom> showRoom;
    private final ReadMarks readMarks;

    /** Chat's use cases are looked up late: chat tells notification of its activity, so each needs the other. */
    public ChatRoomSummaries(Supplier<ShowRoom> showRoom, ReadMarks readMarks) {
        this.showRoom = showRoom;
        this.readMarks = readMarks;
    }

    @Override
    public Optional<RoomSummary> summary(RoomId room, MemberId member) {
        try {
            var view = showRoom.get().show(new ShowRoom.Query(room, member));
            long readSeq = Optional.ofNullable(readMarks.inRoom(room).get(member)).map(ReadMark::seq).orElse(0L);
            return Optional.of(new RoomSummary(room, view.name(), view.lastMessage().map(Message::posted),
                    view.unreadCount(), readSeq));
        } catch (RoomNotFound | NotRoomMember gone) {
            return Optional.empty();
        }
    }
}
