package archfixtures.clean.adapters.persistence.chat;

import archfixtures.clean.application.chat.port.out.Rooms;
import archfixtures.clean.domain.chat.Room;
import archfixtures.clean.domain.chat.RoomId;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

public final class JdbcRooms implements Rooms {

    private final DataSource dataSource;

    public JdbcRooms(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Room> byId(RoomId id) {
        try (Connection connection = dataSource.getConnection()) {
            return Optional.of(new RoomRow(id.value()).toRoom());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void save(RoomId id, Room room) {
        throw new UnsupportedOperationException("not needed by the rules");
    }
}
