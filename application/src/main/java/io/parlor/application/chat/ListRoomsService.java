package io.parlor.application.chat;

import io.parlor.application.chat.port.in.ListRooms;
import io.parlor.application.chat.port.in.RoomView;
import io.parlor.application.chat.port.out.Rooms;
import java.util.List;

final class ListRoomsService implements ListRooms {

    private final Rooms rooms;
    private final RoomViews views;

    ListRoomsService(Rooms rooms, RoomViews views) {
        this.rooms = rooms;
        this.views = views;
    }

    @Override
    public List<RoomView> list(Query query) {
        return views.of(rooms.ofMember(query.member()), query.member());
    }
}
