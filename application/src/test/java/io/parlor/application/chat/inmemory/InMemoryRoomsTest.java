package io.parlor.application.chat.inmemory;

import io.parlor.application.chat.port.out.Rooms;
import io.parlor.application.chat.port.out.RoomsContract;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;

class InMemoryRoomsTest extends RoomsContract {

    @Override
    protected Rooms newSubject() {
        return new InMemoryRooms(new InMemoryTransactionRunner());
    }
}
