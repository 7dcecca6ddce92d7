package io.parlor.application.chat;

import io.parlor.application.chat.port.in.MarkRead;
import io.parlor.application.chat.port.out.Messages;
import io.parlor.application.chat.port.out.ReadMarks;
import io.parlor.application.chat.port.out.Rooms;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.domain.chat.ReadMark;
import io.parlor.domain.chat.RoomNotFound;

final class MarkReadService implements MarkRead {

    private final Rooms rooms;
    private final Messages messages;
    private final ReadMarks readMarks;
    private final ChatEvents events;
    private final TimeSource time;

    MarkReadService(Rooms rooms, Messages messages, ReadMarks readMarks, ChatEvents events, TimeSource time) {
        this.rooms = rooms;
        this.messages = messages;
        this.readMarks = readMarks;
        this.events = events;
        this.time = time;
    }

    @Override
    public boolean markRead(Command command) {
        var requested = new ReadMark(command.seq());
        var room = rooms.findById(command.room()).orElseThrow(RoomNotFound::new);
        room.requireMember(command.member());
        long lastSeq = messages.lastSeq(command.room());
        var mark = requested.within(lastSeq);
        if (!readMarks.advance(command.room(), command.member(), mark)) {
            return false;
        }
        room.read(command.member(), mark, lastSeq, time.now());
        events.publish(room);
        return true;
    }
}
