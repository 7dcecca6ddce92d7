package io.parlor.application.chat.inmemory;

import io.parlor.application.chat.port.out.Messages;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.domain.chat.Appended;
import io.parlor.domain.chat.AttachmentId;
import io.parlor.domain.chat.ClientMessageId;
import io.parlor.domain.chat.Message;
import io.parlor.domain.chat.MessageDraft;
import io.parlor.domain.chat.ReadMark;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;

/**
 * Each room's timeline in a sorted map by {@code seq}, plus an index of client message ids.
 * Appends run as (or join) units of work of the runner, which runs them one at a time: that
 * makes the dedupe check and the {@code seq} assignment one atomic step.
 */
public final class InMemoryMessages implements Messages {

    private final InMemoryTransactionRunner transactions;
    private final Map<RoomId, NavigableMap<Long, Message>> timelines = new ConcurrentHashMap<>();
    private final Map<RetryKey, Message> byClientId = new ConcurrentHashMap<>();

    public InMemoryMessages(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public Appended append(MessageDraft draft) {
        return transactions.inTransaction(() -> {
            var key = draft.clientMessageId().map(id -> new RetryKey(draft.room(), draft.sender(), id));
            var earlier = key.map(byClientId::get);
            if (earlier.isPresent()) {
                return new Appended(earlier.get(), true);
            }
            var timeline = timelines.computeIfAbsent(draft.room(), room -> new ConcurrentSkipListMap<>());
            var message = draft.at(timeline.isEmpty() ? 1 : timeline.lastKey() + 1);
            timeline.put(message.seq(), message);
            key.ifPresent(k -> byClientId.put(k, message));
            transactions.onRollback(() -> {
                timeline.remove(message.seq());
                key.ifPresent(byClientId::remove);
            });
            return new Appended(message, false);
        });
    }

    @Override
    public long lastSeq(RoomId room) {
        var timeline = timelines.get(room);
        return timeline == null || timeline.isEmpty() ? 0 : timeline.lastKey();
    }

    @Override
    public List<Message> after(RoomId room, long afterSeq, long beforeSeq, int limit) {
        return range(room, afterSeq, beforeSeq).values().stream().limit(limit).toList();
    }

    @Override
    public List<Message> before(RoomId room, long beforeSeq, int limit) {
        var newestFirst = range(room, 0, beforeSeq).descendingMap().values().stream().limit(limit).toList();
        var ascending = new ArrayList<>(newestFirst);
        Collections.reverse(ascending);
        return ascending;
    }

    @Override
    public Map<RoomId, Message> lastOf(Collection<RoomId> rooms) {
        var last = new HashMap<RoomId, Message>();
        for (RoomId room : rooms) {
            var timeline = timelines.get(room);
            if (timeline != null && !timeline.isEmpty()) {
                last.put(room, timeline.lastEntry().getValue());
            }
        }
        return last;
    }

    @Override
    public Map<RoomId, Long> unreadCounts(MemberId reader, Map<RoomId, ReadMark> readUpTo) {
        var counts = new HashMap<RoomId, Long>();
        readUpTo.forEach((room, mark) -> counts.put(room, range(room, mark.seq(), Long.MAX_VALUE).values().stream()
                .filter(message -> !message.sender().equals(reader)).count()));
        return counts;
    }

    @Override
    public Set<RoomId> roomsShowing(AttachmentId attachment) {
        return timelines.entrySet().stream()
                .filter(timeline -> timeline.getValue().values().stream()
                        .anyMatch(message -> message.content().attachment().filter(attachment::equals).isPresent()))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private NavigableMap<Long, Message> range(RoomId room, long afterSeq, long beforeSeq) {
        var timeline = timelines.getOrDefault(room, new ConcurrentSkipListMap<>());
        return afterSeq >= beforeSeq ? new ConcurrentSkipListMap<>() : timeline.subMap(afterSeq, false, beforeSeq, false);
    }

    private record RetryKey(RoomId room, MemberId sender, ClientMessageId clientMessageId) {
    }
}
