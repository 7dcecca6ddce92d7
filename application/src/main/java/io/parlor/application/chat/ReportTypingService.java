package io.parlor.application.chat;

import io.parlor.application.chat.port.in.ReportTyping;
import io.parlor.application.chat.port.out.Rooms;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.domain.chat.MemberTyping;
import io.parlor.domain.chat.RoomNotFound;

final class ReportTypingService implements ReportTyping {

    private final Rooms rooms;
    private final ChatEvents events;
    private final TimeSource time;

    ReportTypingService(Rooms rooms, ChatEvents events, TimeSource time) {
        this.rooms = rooms;
        this.events = events;
        this.time = time;
    }

    @Override
    public void typing(Command command) {
        rooms.findById(command.room()).orElseThrow(RoomNotFound::new).requireMember(command.member());
        events.signal(new MemberTyping(command.room(), command.member(), time.now()));
    }
}
