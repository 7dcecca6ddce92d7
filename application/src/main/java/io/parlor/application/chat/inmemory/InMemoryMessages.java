package io.parlor.application.chat.inmemory;

import io.parlor.application.chat.port.out.Messages;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.domain.chat.Appended;
import io.parlor.domain.chat.AttachmentId;
import io.parlor.domain.chat.Message;
import io.parlor.domain.chat.MessageDraft;
import io.parlor.domain.chat.ReadMark;
import io.parlor.domain.chat.RetryKey;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.chat.Timelines;
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
 * Each room's timeline in a sorted map by {@code seq}, plus an index of stored messages by
 * {@link RetryKey}. A batch of appends runs as (or joins) one unit of work of the runner, which
 * runs them one at a time: that makes the {@link Timelines} decision and its writes one atomic step.
 */
public final class InMemoryMessages implements Messages {

    private final InMemoryTransactionRunner transactions;
    private final Map<RoomId, NavigableMap<Long, Message>> timelines = new ConcurrentHashMap<>();
    private final Map<RetryKey, Message> byRetryKey = new ConcurrentHashMap<>();

    public InMemoryMessages(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    /** A batch of one. */
    @Override
    public Appended append(MessageDraft draft) {
        return appendAll(List.of(draft)).get(0);
    }

    /** Gives {@link Timelines} the rooms' last seqs and the messages the drafts retry; stores what it decides. */
    @Override
    public List<Appended> appendAll(List<MessageDraft> drafts) {
        return transactions.inTransaction(() -> {
            var lastSeqs = new HashMap<RoomId, Long>();
            drafts.forEach(draft -> lastSeqs.computeIfAbsent(draft.room(), this::lastSeq));
            var stored = drafts.stream().flatMap(d -> d.retryKey().map(byRetryKey::get).stream()).toList();
            var appending = new Timelines(lastSeqs, stored).append(drafts);
            appending.newMessages().forEach(this::store);
            return appending.results();
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

    /** Adds {@code message} to its timeline and to the index, both undone if the unit of work rolls back. */
    private void store(Message message) {
        var timeline = timelines.computeIfAbsent(message.room(), room -> new ConcurrentSkipListMap<>());
        timeline.put(message.seq(), message);
        message.retryKey().ifPresent(key -> byRetryKey.put(key, message));
        transactions.onRollback(() -> {
            timeline.remove(message.seq());
            message.retryKey().ifPresent(byRetryKey::remove);
        });
    }
}
