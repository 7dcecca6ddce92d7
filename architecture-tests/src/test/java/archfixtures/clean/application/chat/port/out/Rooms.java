package archfixtures.clean.application.chat.port.out;

import archfixtures.clean.domain.chat.Room;
import archfixtures.clean.domain.chat.RoomId;
import java.util.Optional;

public interface Rooms {

    Optional<Room> byId(RoomId id);

    void save(RoomId id, Room room);
}
