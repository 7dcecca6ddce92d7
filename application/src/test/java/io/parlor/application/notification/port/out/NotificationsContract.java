package io.parlor.application.notification.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.notification.Notification;
import io.parlor.domain.notification.NotificationId;
import io.parlor.domain.notification.NotificationType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** What every {@link Notifications} store does. Each test uses fresh members, so a shared store will do. */
public abstract class NotificationsContract {

    protected static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");

    protected abstract Notifications newSubject();

    /** The units of work the store's writes join. */
    protected abstract TransactionRunner transactions();

    protected static MemberId anyMember() {
        return new MemberId(UUID.randomUUID());
    }

    protected static Notification draft(MemberId recipient, String title) {
        return Notification.raise(new NotificationId(UUID.randomUUID()), recipient, NotificationType.ACCOUNT, title,
                "body of " + title, Map.of("roomId", "r-1", "kind", title), NOW);
    }

    private static List<Long> seqs(List<Notification> notifications) {
        return notifications.stream().map(Notification::seq).toList();
    }

    @Test
    void numbersEachMembersNotificationsFromOne() {
        var store = newSubject();
        var ana = anyMember();
        var bo = anyMember();

        var first = store.add(draft(ana, "a1"), Optional.empty()).orElseThrow();
        var second = store.add(draft(ana, "a2"), Optional.empty()).orElseThrow();
        var other = store.add(draft(bo, "b1"), Optional.empty()).orElseThrow();

        assertThat(List.of(first.seq(), second.seq(), other.seq())).containsExactly(1L, 2L, 1L);
        assertThat(first.unread()).isTrue();
    }

    @Test
    void keepsEverythingANotificationSays() {
        var store = newSubject();
        var ana = anyMember();
        var stored = store.add(draft(ana, "kept"), Optional.empty()).orElseThrow();

        var found = store.find(ana, stored.id()).orElseThrow();

        assertThat(found.recipient()).isEqualTo(ana);
        assertThat(found.seq()).isEqualTo(1);
        assertThat(found.type()).isEqualTo(NotificationType.ACCOUNT);
        assertThat(found.title()).isEqualTo("kept");
        assertThat(found.body()).isEqualTo("body of kept");
        assertThat(found.data()).isEqualTo(Map.of("roomId", "r-1", "kind", "kept"));
        assertThat(found.createdAt()).isEqualTo(NOW);
        assertThat(found.readAt()).isEmpty();
    }

    @Test
    void tellsAFactOfTheSameOriginOncePerMember() {
        var store = newSubject();
        var ana = anyMember();
        var bo = anyMember();

        var first = store.add(draft(ana, "once"), Optional.of("chat-unread:room-1:episode-7"));
        var again = store.add(draft(ana, "twice"), Optional.of("chat-unread:room-1:episode-7"));
        var forBo = store.add(draft(bo, "once"), Optional.of("chat-unread:room-1:episode-7"));

        assertThat(first).isPresent();
        assertThat(again).isEmpty();
        assertThat(forBo).isPresent();
        assertThat(seqs(store.newestFirst(ana, false, Optional.empty(), 10))).containsExactly(1L);
    }

    @Test
    void anotherMembersNotificationIsAbsentAndUntouched() {
        var store = newSubject();
        var ana = anyMember();
        var mallory = anyMember();
        var stored = store.add(draft(ana, "private"), Optional.empty()).orElseThrow();

        assertThat(store.find(mallory, stored.id())).isEmpty();
        assertThat(store.markRead(mallory, stored.id(), NOW)).isFalse();
        assertThat(store.delete(mallory, stored.id())).isFalse();
        assertThat(store.markAllRead(mallory, NOW)).isZero();
        assertThat(store.deleteAll(mallory)).isZero();

        assertThat(store.find(ana, stored.id()).orElseThrow().unread()).isTrue();
        assertThat(store.unreadCount(ana)).isEqualTo(1);
    }

    @Test
    void pagesNewestFirstBelowACursor() {
        var store = newSubject();
        var ana = anyMember();
        for (int i = 1; i <= 5; i++) {
            store.add(draft(ana, "n" + i), Optional.empty());
        }

        assertThat(seqs(store.newestFirst(ana, false, Optional.empty(), 2))).containsExactly(5L, 4L);
        assertThat(seqs(store.newestFirst(ana, false, Optional.of(4L), 2))).containsExactly(3L, 2L);
        assertThat(seqs(store.newestFirst(ana, false, Optional.of(2L), 2))).containsExactly(1L);
        assertThat(store.newestFirst(ana, false, Optional.of(1L), 2)).isEmpty();
        assertThat(store.newestFirst(anyMember(), false, Optional.empty(), 2)).isEmpty();
    }

    @Test
    void pagesOnlyUnreadOnesWhenAsked() {
        var store = newSubject();
        var ana = anyMember();
        var ids = new ArrayList<NotificationId>();
        for (int i = 1; i <= 5; i++) {
            ids.add(store.add(draft(ana, "n" + i), Optional.empty()).orElseThrow().id());
        }
        store.markRead(ana, ids.get(3), NOW);
        store.markRead(ana, ids.get(1), NOW);

        assertThat(seqs(store.newestFirst(ana, true, Optional.empty(), 10))).containsExactly(5L, 3L, 1L);
        assertThat(seqs(store.newestFirst(ana, true, Optional.of(5L), 1))).containsExactly(3L);
        assertThat(store.unreadCount(ana)).isEqualTo(3);
    }

    @Test
    void readsOnAfterANumberOldestFirst() {
        var store = newSubject();
        var ana = anyMember();
        for (int i = 1; i <= 4; i++) {
            store.add(draft(ana, "n" + i), Optional.empty());
        }

        assertThat(seqs(store.after(ana, 1, 10))).containsExactly(2L, 3L, 4L);
        assertThat(seqs(store.after(ana, 0, 2))).containsExactly(1L, 2L);
        assertThat(store.after(ana, 4, 10)).isEmpty();
    }

    @Test
    void marksOneReadOnceAndAllReadTogether() {
        var store = newSubject();
        var ana = anyMember();
        var first = store.add(draft(ana, "n1"), Optional.empty()).orElseThrow();
        store.add(draft(ana, "n2"), Optional.empty());
        store.add(draft(ana, "n3"), Optional.empty());
        var later = NOW.plusSeconds(60);

        assertThat(store.markRead(ana, first.id(), NOW)).isTrue();
        assertThat(store.markRead(ana, first.id(), later)).isTrue();
        assertThat(store.find(ana, first.id()).orElseThrow().readAt()).contains(NOW);
        assertThat(store.markRead(ana, new NotificationId(UUID.randomUUID()), NOW)).isFalse();

        assertThat(store.markAllRead(ana, later)).isEqualTo(2);
        assertThat(store.markAllRead(ana, later)).isZero();
        assertThat(store.unreadCount(ana)).isZero();
        assertThat(store.find(ana, first.id()).orElseThrow().readAt()).contains(NOW);
    }

    @Test
    void deletedNumbersAreNeverGivenAgain() {
        var store = newSubject();
        var ana = anyMember();
        var first = store.add(draft(ana, "n1"), Optional.empty()).orElseThrow();
        store.add(draft(ana, "n2"), Optional.empty());

        assertThat(store.delete(ana, first.id())).isTrue();
        assertThat(store.delete(ana, first.id())).isFalse();
        assertThat(store.find(ana, first.id())).isEmpty();
        assertThat(store.add(draft(ana, "n3"), Optional.empty()).orElseThrow().seq()).isEqualTo(3);

        assertThat(store.deleteAll(ana)).isEqualTo(2);
        assertThat(store.newestFirst(ana, false, Optional.empty(), 10)).isEmpty();
        assertThat(store.unreadCount(ana)).isZero();
        assertThat(store.add(draft(ana, "n4"), Optional.empty()).orElseThrow().seq()).isEqualTo(4);
    }

    @Test
    void aNotificationAddedInAFailedUnitOfWorkIsNotKept() {
        var store = newSubject();
        var ana = anyMember();
        store.add(draft(ana, "kept"), Optional.empty());

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            store.add(draft(ana, "lost"), Optional.of("origin-lost"));
            store.markAllRead(ana, NOW);
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        assertThat(seqs(store.newestFirst(ana, false, Optional.empty(), 10))).containsExactly(1L);
        assertThat(store.unreadCount(ana)).isEqualTo(1);
        assertThat(store.add(draft(ana, "again"), Optional.of("origin-lost")).orElseThrow().seq()).isEqualTo(2);
    }

    @Test
    void concurrentAddsGetEveryNumberOnce() throws Exception {
        var store = newSubject();
        var ana = anyMember();
        var numbers = Collections.synchronizedList(new ArrayList<Long>());
        var pool = Executors.newFixedThreadPool(4);
        try {
            var done = new ArrayList<Future<?>>();
            for (int writer = 0; writer < 4; writer++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        numbers.add(store.add(draft(ana, "n"), Optional.empty()).orElseThrow().seq());
                    }
                }));
            }
            for (var each : done) {
                each.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(numbers).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 40).boxed().toList());
        assertThat(store.unreadCount(ana)).isEqualTo(40);
    }
}
