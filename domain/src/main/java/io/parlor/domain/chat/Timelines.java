package io.parlor.domain.chat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The ends of the timelines that a batch of drafts appends to, and the rule every store of
 * messages follows: each draft becomes its room's next message ({@code seq} = the last one + 1,
 * gap-free), unless it retries a stored message or an earlier draft of the batch (same
 * {@link RetryKey}), which it then replays and stores nothing.
 *
 * @param lastSeqs the last {@code seq} of each room the drafts append to, 0 for an empty room
 * @param stored   stored messages that drafts may retry; others are ignored
 */
@ValueObject
public record Timelines(Map<RoomId, Long> lastSeqs, Collection<Message> stored) {

    public Timelines {
        lastSeqs = Map.copyOf(lastSeqs);
        stored = List.copyOf(stored);
        if (lastSeqs.values().stream().anyMatch(seq -> seq < 0)) {
            throw new IllegalArgumentException("a last seq is 0 or more: " + lastSeqs);
        }
    }

    /**
     * Where {@code drafts} land, in their order.
     *
     * @throws RoomNotFound if a draft's room has no last {@code seq} here
     */
    public Appending append(List<MessageDraft> drafts) {
        if (drafts.stream().anyMatch(draft -> !lastSeqs.containsKey(draft.room()))) {
            throw new RoomNotFound();
        }
        var next = new HashMap<>(lastSeqs);
        var known = new HashMap<RetryKey, Message>();
        stored.forEach(message -> message.retryKey().ifPresent(key -> known.put(key, message)));
        var results = new ArrayList<Appended>(drafts.size());
        var newMessages = new ArrayList<Message>(drafts.size());
        for (MessageDraft draft : drafts) {
            var key = draft.retryKey();
            var earlier = key.map(known::get);
            if (earlier.isPresent()) {
                results.add(new Appended(earlier.get(), true));
                continue;
            }
            var message = draft.at(next.merge(draft.room(), 1L, Long::sum));
            key.ifPresent(k -> known.put(k, message));
            newMessages.add(message);
            results.add(new Appended(message, false));
        }
        return new Appending(results, newMessages);
    }

    /**
     * What appending a batch decided.
     *
     * @param results     one per draft, in the order of the drafts
     * @param newMessages the messages to store, in the order of the drafts; replays are not among them
     */
    public record Appending(List<Appended> results, List<Message> newMessages) {

        public Appending {
            results = List.copyOf(Objects.requireNonNull(results, "results"));
            newMessages = List.copyOf(Objects.requireNonNull(newMessages, "newMessages"));
        }
    }
}
