package io.parlor.application.chat.inmemory;

import io.parlor.application.chat.port.out.ReadMarks;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.domain.chat.ReadMark;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Read marks in a map; moves run as (or join) units of work of the runner, one at a time. */
public final class InMemoryReadMarks implements ReadMarks {

    private final InMemoryTransactionRunner transactions;
    private final Map<Key, ReadMark> marks = new ConcurrentHashMap<>();

    public InMemoryReadMarks(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean advance(RoomId room, MemberId member, ReadMark mark) {
        return transactions.inTransaction(() -> {
            var key = new Key(room, member);
            ReadMark previous = marks.get(key);
            if (previous != null && previous.seq() >= mark.seq()) {
                return false;
            }
            marks.put(key, mark);
            transactions.onRollback(() -> {
                if (previous == null) {
                    marks.remove(key);
                } else {
                    marks.put(key, previous);
                }
            });
            return true;
        });
    }

    @Override
    public Map<MemberId, ReadMark> inRoom(RoomId room) {
        var found = new HashMap<MemberId, ReadMark>();
        marks.forEach((key, mark) -> {
            if (key.room().equals(room)) {
                found.put(key.member(), mark);
            }
        });
        return found;
    }

    @Override
    public Map<RoomId, ReadMark> ofMember(MemberId member) {
        var found = new HashMap<RoomId, ReadMark>();
        marks.forEach((key, mark) -> {
            if (key.member().equals(member)) {
                found.put(key.room(), mark);
            }
        });
        return found;
    }

    private record Key(RoomId room, MemberId member) {
    }
}
