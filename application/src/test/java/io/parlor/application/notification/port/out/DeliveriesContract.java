package io.parlor.application.notification.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.notification.Channel;
import io.parlor.domain.notification.Delivery;
import io.parlor.domain.notification.DeliveryId;
import io.parlor.domain.notification.DeliveryStatus;
import io.parlor.domain.notification.Notification;
import io.parlor.domain.notification.NotificationId;
import io.parlor.domain.notification.NotificationType;
import io.parlor.domain.notification.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Deliveries} outbox does. A store may be shared by several tests, so each
 * test first takes every due delivery out of the way (claimed and recorded sent, far in the
 * future), then works only with deliveries due before that.
 */
public abstract class DeliveriesContract {

    protected static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");
    private static final Instant FAR = Instant.parse("2999-01-01T00:00:00Z");
    protected static final Duration LEASE = Duration.ofMinutes(2);

    protected abstract Deliveries newSubject();

    /** The units of work {@link Deliveries#add} joins. */
    protected abstract TransactionRunner transactions();

    private Deliveries outbox;

    @BeforeEach
    void clearTheWay() {
        outbox = newSubject();
        List<Delivery> due;
        while (!(due = outbox.claimDue(FAR, LEASE, 500)).isEmpty()) {
            due.forEach(d -> outbox.record(d.sent(FAR)));
        }
    }

    protected static Notification notification() {
        return Notification.raise(new NotificationId(UUID.randomUUID()), new MemberId(UUID.randomUUID()),
                NotificationType.CHAT_UNREAD, "Unread message", "Cuts: see you at 3", Map.of(), NOW)
                .numbered(1);
    }

    private static Delivery pending(Notification notification, Channel channel, Instant due) {
        return Delivery.pending(new DeliveryId(UUID.randomUUID()), notification, channel, due);
    }

    private static List<DeliveryId> ids(List<Delivery> deliveries) {
        return deliveries.stream().map(Delivery::id).toList();
    }

    @Test
    void keepsTheDeliveriesOfANotificationPending() {
        var n = notification();
        var email = pending(n, Channel.EMAIL, NOW);
        var sms = pending(n, Channel.SMS, NOW);

        outbox.add(List.of(email, sms));

        assertThat(outbox.of(n.id())).containsExactlyInAnyOrder(email, sms);
        assertThat(outbox.of(notification().id())).isEmpty();
    }

    @Test
    void claimsDueOnesEarliestFirstUpToTheLimit() {
        var early = pending(notification(), Channel.EMAIL, NOW.minusSeconds(30));
        var onTime = pending(notification(), Channel.SMS, NOW);
        var alsoDue = pending(notification(), Channel.EMAIL, NOW.minusSeconds(10));
        var later = pending(notification(), Channel.EMAIL, NOW.plusSeconds(1));
        outbox.add(List.of(onTime, later, early, alsoDue));

        var first = outbox.claimDue(NOW, LEASE, 2);
        var rest = outbox.claimDue(NOW, LEASE, 10);

        assertThat(ids(first)).containsExactly(early.id(), alsoDue.id());
        assertThat(ids(rest)).containsExactly(onTime.id());
    }

    @Test
    void aClaimCountsTheAttemptAndHoldsTheDeliveryForTheLease() {
        var n = notification();
        var email = pending(n, Channel.EMAIL, NOW);
        outbox.add(List.of(email));

        var claimed = outbox.claimDue(NOW, LEASE, 10);

        assertThat(claimed).containsExactly(email.claimed(NOW.plus(LEASE)));
        assertThat(claimed.get(0).attempts()).isEqualTo(1);
        assertThat(outbox.of(n.id())).containsExactly(email.claimed(NOW.plus(LEASE)));
        assertThat(outbox.claimDue(NOW.plus(LEASE).minusSeconds(1), LEASE, 10)).isEmpty();

        var reclaimed = outbox.claimDue(NOW.plus(LEASE), LEASE, 10);
        assertThat(reclaimed).hasSize(1);
        assertThat(reclaimed.get(0).attempts()).isEqualTo(2);
    }

    @Test
    void aSentDeliveryIsNeverClaimedAgain() {
        var n = notification();
        outbox.add(List.of(pending(n, Channel.EMAIL, NOW)));
        var claimed = outbox.claimDue(NOW, LEASE, 10).get(0);

        outbox.record(claimed.sent(NOW.plusSeconds(1)));

        var stored = outbox.of(n.id()).get(0);
        assertThat(stored.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(stored.sentAt()).contains(NOW.plusSeconds(1));
        assertThat(stored.attempts()).isEqualTo(1);
        assertThat(outbox.claimDue(FAR.minusSeconds(1), LEASE, 10)).isEmpty();
    }

    @Test
    void aFailedDeliveryComesBackAfterItsBackoffUntilItIsGivenUp() {
        var policy = new RetryPolicy(2, Duration.ofSeconds(10));
        var n = notification();
        outbox.add(List.of(pending(n, Channel.SMS, NOW)));

        var first = outbox.claimDue(NOW, LEASE, 10).get(0);
        outbox.record(first.failed("gateway answered 500", policy, NOW));
        assertThat(outbox.claimDue(NOW.plusSeconds(9), LEASE, 10)).isEmpty();

        var second = outbox.claimDue(NOW.plusSeconds(10), LEASE, 10).get(0);
        assertThat(second.lastError()).contains("gateway answered 500");
        outbox.record(second.failed("gateway answered 503", policy, NOW.plusSeconds(10)));

        var stored = outbox.of(n.id()).get(0);
        assertThat(stored.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(stored.attempts()).isEqualTo(2);
        assertThat(stored.lastError()).contains("gateway answered 503");
        assertThat(outbox.claimDue(FAR.minusSeconds(1), LEASE, 10)).isEmpty();
    }

    @Test
    void deliveriesAddedInAFailedUnitOfWorkAreNotKept() {
        var n = notification();

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            outbox.add(List.of(pending(n, Channel.EMAIL, NOW), pending(n, Channel.SMS, NOW)));
            throw new IllegalStateException("rolled back");
        })).hasMessage("rolled back");

        assertThat(outbox.of(n.id())).isEmpty();
        assertThat(outbox.claimDue(NOW, LEASE, 10)).isEmpty();
    }

    @Test
    void concurrentClaimersShareTheDueDeliveriesWithoutOverlap() throws Exception {
        var added = new ArrayList<Delivery>();
        for (int i = 0; i < 60; i++) {
            added.add(pending(notification(), Channel.EMAIL, NOW.minusMillis(i)));
        }
        outbox.add(added);
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(3);
        var claims = new ArrayList<Future<List<DeliveryId>>>();
        try {
            for (int claimer = 0; claimer < 3; claimer++) {
                claims.add(pool.submit(() -> {
                    start.await();
                    var mine = new ArrayList<DeliveryId>();
                    List<Delivery> batch;
                    while (!(batch = outbox.claimDue(NOW, LEASE, 7)).isEmpty()) {
                        mine.addAll(ids(batch));
                    }
                    return mine;
                }));
            }
            start.countDown();
            var all = new ArrayList<DeliveryId>();
            for (var claim : claims) {
                all.addAll(claim.get());
            }
            assertThat(all).doesNotHaveDuplicates();
            assertThat(new HashSet<>(all)).isEqualTo(new HashSet<>(ids(added)));
        } finally {
            pool.shutdownNow();
        }
    }
}
