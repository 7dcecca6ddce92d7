package io.parlor.application.chat;

import io.parlor.application.chat.port.in.RoomView;
import io.parlor.application.chat.port.in.ShowRoom;
import io.parlor.application.chat.port.out.Rooms;
import io.parlor.domain.chat.RoomNotFound;

final class ShowRoomService implements ShowRoom {

    private final Rooms rooms;
    private final RoomViews views;

    ShowRoomService(Rooms rooms, RoomViews views) {
        this.rooms = rooms;
        this.views = views;
    }

    @Override
    public RoomView show(Query query) {
        var room = rooms.findById(query.room()).orElseThrow(RoomNotFound::new);
        room.requireMember(query.member());
        return views.of(room, query.member());
    }
}
