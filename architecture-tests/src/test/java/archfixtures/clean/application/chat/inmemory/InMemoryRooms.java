package archfixtures.clean.application.chat.inmemory;

import archfixtures.clean.application.chat.port.out.Rooms;
import archfixtures.clean.domain.chat.Room;
import archfixtures.clean.domain.chat.RoomId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryRooms implements Rooms {

    private final Map<RoomId, Stored> rooms = new ConcurrentHashMap<>();

    @Override
    public Optional<Room> byId(RoomId id) {
        return Optional.ofNullable(rooms.get(id)).map(Stored::room);
    }

    @Override
    public void save(RoomId id, Room room) {
        rooms.merge(id, new Stored(room, 1), (old, fresh) -> new Stored(room, old.version() + 1));
    }

    /** Nested helpers need no technology prefix. */
    private record Stored(Room room, long version) {
    }
}
