package archfixtures.clean.adapters.persistence.chat;

import archfixtures.clean.domain.chat.Room;
import archfixtures.clean.domain.chat.RoomId;
import java.util.UUID;

/** Row records stay package-private and need no prefix. */
record RoomRow(UUID id) {

    Room toRoom() {
        return new Room(new RoomId(id));
    }
}
