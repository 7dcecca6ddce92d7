package io.parlor.application.notification.inmemory;

import io.parlor.application.notification.port.out.Notifications;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.notification.Notification;
import io.parlor.domain.notification.NotificationId;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Inboxes in maps, one per member; every call runs as (or joins) a unit of work of the runner. */
public final class InMemoryNotifications implements Notifications {

    private final InMemoryTransactionRunner transactions;
    private final Map<MemberId, Inbox> inboxes = new HashMap<>();

    public InMemoryNotifications(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<Notification> add(Notification draft, Optional<String> origin) {
        return transactions.inTransaction(() -> {
            var inbox = inboxes.computeIfAbsent(draft.recipient(), member -> new Inbox());
            if (origin.isPresent() && inbox.origins.contains(origin.get())) {
                return Optional.empty();
            }
            var numbered = draft.numbered(inbox.lastSeq + 1);
            inbox.lastSeq = numbered.seq();
            inbox.bySeq.put(numbered.seq(), numbered);
            origin.ifPresent(inbox.origins::add);
            transactions.onRollback(() -> {
                inbox.lastSeq = numbered.seq() - 1;
                inbox.bySeq.remove(numbered.seq());
                origin.ifPresent(inbox.origins::remove);
            });
            return Optional.of(numbered);
        });
    }

    @Override
    public Optional<Notification> find(MemberId recipient, NotificationId id) {
        return transactions.inTransaction(() -> inbox(recipient).flatMap(inbox -> inbox.find(id)));
    }

    @Override
    public List<Notification> newestFirst(MemberId recipient, boolean unreadOnly, Optional<Long> beforeSeq,
                                          int limit) {
        return transactions.inTransaction(() -> inbox(recipient).map(inbox -> inbox.bySeq
                .headMap(beforeSeq.orElse(Long.MAX_VALUE), false).descendingMap().values().stream()
                .filter(unreadOnly ? Notification::unread : any -> true).limit(limit).toList())
                .orElse(List.of()));
    }

    @Override
    public List<Notification> after(MemberId recipient, long afterSeq, int limit) {
        return transactions.inTransaction(() -> inbox(recipient).map(inbox -> inbox.bySeq
                .tailMap(afterSeq, false).values().stream().limit(limit).toList()).orElse(List.of()));
    }

    @Override
    public long unreadCount(MemberId recipient) {
        return transactions.inTransaction(() -> inbox(recipient)
                .map(inbox -> inbox.bySeq.values().stream().filter(Notification::unread).count()).orElse(0L));
    }

    @Override
    public boolean markRead(MemberId recipient, NotificationId id, Instant now) {
        return transactions.inTransaction(() -> {
            var found = find(recipient, id);
            found.filter(Notification::unread).ifPresent(n -> readAll(recipient, n::equals, now));
            return found.isPresent();
        });
    }

    @Override
    public int markAllRead(MemberId recipient, Instant now) {
        return transactions.inTransaction(() -> readAll(recipient, Notification::unread, now));
    }

    @Override
    public boolean delete(MemberId recipient, NotificationId id) {
        return transactions.inTransaction(() -> remove(recipient, n -> n.id().equals(id)) == 1);
    }

    @Override
    public int deleteAll(MemberId recipient) {
        return transactions.inTransaction(() -> remove(recipient, any -> true));
    }

    private Optional<Inbox> inbox(MemberId recipient) {
        return Optional.ofNullable(inboxes.get(recipient));
    }

    private int readAll(MemberId recipient, Predicate<Notification> which, Instant now) {
        var inbox = inbox(recipient).orElse(new Inbox());
        var changed = inbox.bySeq.values().stream().filter(which).toList();
        for (var n : changed) {
            inbox.bySeq.put(n.seq(), Notification.stored(n.id(), n.recipient(), n.seq(), n.type(), n.title(),
                    n.body(), n.data(), n.createdAt(), Optional.of(now)));
            transactions.onRollback(() -> inbox.bySeq.put(n.seq(), n));
        }
        return changed.size();
    }

    private int remove(MemberId recipient, Predicate<Notification> which) {
        var inbox = inbox(recipient).orElse(new Inbox());
        var removed = inbox.bySeq.values().stream().filter(which).toList();
        removed.forEach(n -> inbox.bySeq.remove(n.seq()));
        transactions.onRollback(() -> removed.forEach(n -> inbox.bySeq.put(n.seq(), n)));
        return removed.size();
    }

    /** One member's notifications by number, its last number and the origins already told. */
    private static final class Inbox {
        private final TreeMap<Long, Notification> bySeq = new TreeMap<>(Comparator.naturalOrder());
        private final Set<String> origins = new HashSet<>();
        private long lastSeq;

        private Optional<Notification> find(NotificationId id) {
            return bySeq.values().stream().filter(n -> n.id().equals(id)).findFirst();
        }
    }
}
