package io.parlor.adapters.persistence.chat;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcRoomsPostgresIT extends JdbcRoomsSuite {

    JdbcRoomsPostgresIT() {
        super(TestDatabase.postgres());
    }
}
