package io.parlor.adapters.persistence.chat;

import io.parlor.adapters.persistence.shared.TestDatabase;

class JdbcRoomsH2Test extends JdbcRoomsSuite {

    JdbcRoomsH2Test() {
        super(TestDatabase.h2());
    }
}
