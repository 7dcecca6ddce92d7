package archfixtures.clean.bootstrap;

import archfixtures.clean.adapters.persistence.chat.JdbcRooms;
import archfixtures.clean.application.chat.inmemory.InMemoryRooms;
import archfixtures.clean.application.chat.port.out.Rooms;
import javax.sql.DataSource;

/** Only bootstrap chooses between adapters. */
public final class ChatWiring {

    public Rooms rooms(DataSource dataSource, boolean embedded) {
        return embedded ? new InMemoryRooms() : new JdbcRooms(dataSource);
    }
}
