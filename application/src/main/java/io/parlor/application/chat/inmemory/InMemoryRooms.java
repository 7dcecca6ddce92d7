package io.parlor.application.chat.inmemory;

import io.parlor.application.chat.port.out.Rooms;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.domain.chat.DirectPair;
import io.parlor.domain.chat.Room;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.chat.RoomNotFound;
import io.parlor.domain.chat.RoomState;
import io.parlor.domain.membership.MemberId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rooms in a map of {@link RoomState}s, with an index of direct rooms by pair key. Writes run
 * as (or join) units of work of the runner, which runs them one at a time: that makes the pair
 * check of {@link #add} atomic and {@link #lockById} a plain read.
 */
public final class InMemoryRooms implements Rooms {

    private final InMemoryTransactionRunner transactions;
    private final Map<RoomId, RoomState> byId = new ConcurrentHashMap<>();
    private final Map<String, RoomId> directByPair = new ConcurrentHashMap<>();

    public InMemoryRooms(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean add(Room room) {
        return transactions.inTransaction(() -> {
            var pair = room.directPair().map(DirectPair::key);
            if (byId.containsKey(room.id()) || pair.filter(directByPair::containsKey).isPresent()) {
                return false;
            }
            pair.ifPresent(key -> {
                directByPair.put(key, room.id());
                transactions.onRollback(() -> directByPair.remove(key));
            });
            write(room.state());
            return true;
        });
    }

    @Override
    public void save(Room room) {
        transactions.runInTransaction(() -> {
            if (!byId.containsKey(room.id())) {
                throw new RoomNotFound();
            }
            write(room.state());
        });
    }

    @Override
    public Optional<Room> findById(RoomId id) {
        return Optional.ofNullable(byId.get(id)).map(Room::reconstitute);
    }

    @Override
    public Optional<Room> lockById(RoomId id) {
        return findById(id);
    }

    @Override
    public Optional<Room> findDirect(DirectPair pair) {
        return Optional.ofNullable(directByPair.get(pair.key())).flatMap(this::findById);
    }

    @Override
    public List<Room> ofMember(MemberId member) {
        return byId.values().stream().map(Room::reconstitute).filter(room -> room.hasMember(member)).toList();
    }

    private void write(RoomState state) {
        RoomState previous = byId.put(state.id(), state);
        transactions.onRollback(() -> {
            if (previous == null) {
                byId.remove(state.id());
            } else {
                byId.put(state.id(), previous);
            }
        });
    }
}
