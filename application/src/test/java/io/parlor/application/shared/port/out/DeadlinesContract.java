package io.parlor.application.shared.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Deadlines} store does. A store may be shared by several tests, so each test
 * first removes every deadline due before far in the future, and uses keys of its own.
 */
public abstract class DeadlinesContract {

    protected static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");
    private static final Instant FAR = Instant.parse("2999-01-01T00:00:00Z");

    protected abstract Deadlines newSubject();

    /** The units of work the store's writes join and its claims need. */
    protected abstract TransactionRunner transactions();

    private Deadlines deadlines;

    @BeforeEach
    void clearTheWay() {
        deadlines = newSubject();
        transactions().inTransaction(() -> {
            List<Deadline> due;
            while (!(due = deadlines.claimDue(FAR, 500)).isEmpty()) {
                due.forEach(d -> deadlines.cancel(d.key()));
            }
            return null;
        });
    }

    private static Deadline at(Instant due) {
        return Deadline.of("test:" + UUID.randomUUID(), "chat-unread", due, "{\"room\":\"r-1\"}");
    }

    private List<String> claimedKeys(Instant now, int limit) {
        return transactions().inTransaction(() -> deadlines.claimDue(now, limit).stream().map(Deadline::key).toList());
    }

    @Test
    void schedulesAKeyOnceUnlessAskedToMoveIt() {
        var first = at(NOW);
        var moved = new Deadline(first.key(), "reminder", NOW.plusSeconds(60), "{}", 2);

        assertThat(deadlines.scheduleIfAbsent(first)).isTrue();
        assertThat(deadlines.scheduleIfAbsent(moved)).isFalse();
        assertThat(deadlines.find(first.key())).contains(first);

        deadlines.schedule(moved);
        assertThat(deadlines.find(first.key())).contains(moved);

        var fresh = at(NOW);
        deadlines.schedule(fresh);
        assertThat(deadlines.find(fresh.key())).contains(fresh);
    }

    @Test
    void schedulesManyAtOnceKeepingThoseThatExist() {
        var existing = at(NOW);
        deadlines.scheduleIfAbsent(existing);
        var fresh = at(NOW.plusSeconds(5));
        var sameKeyAgain = new Deadline(fresh.key(), "reminder", NOW.plusSeconds(60), "{}", 0);
        var other = at(NOW.plusSeconds(10));

        deadlines.scheduleAllIfAbsent(List.of(new Deadline(existing.key(), "reminder", FAR, "{}", 3), fresh,
                sameKeyAgain, other));
        deadlines.scheduleAllIfAbsent(List.of());

        assertThat(deadlines.find(existing.key())).contains(existing);
        assertThat(deadlines.find(fresh.key())).contains(fresh);
        assertThat(deadlines.find(other.key())).contains(other);
    }

    @Test
    void aCancelledDeadlineIsGone() {
        var deadline = at(NOW);
        deadlines.scheduleIfAbsent(deadline);

        assertThat(deadlines.cancel(deadline.key())).isTrue();
        assertThat(deadlines.cancel(deadline.key())).isFalse();
        assertThat(deadlines.find(deadline.key())).isEmpty();
        assertThat(claimedKeys(FAR, 10)).isEmpty();
    }

    @Test
    void claimsDueOnesEarliestFirstUpToTheLimit() {
        var early = at(NOW.minusSeconds(30));
        var onTime = at(NOW);
        var alsoDue = at(NOW.minusSeconds(10));
        var later = at(NOW.plusSeconds(1));
        List.of(onTime, later, early, alsoDue).forEach(deadlines::schedule);

        assertThat(claimedKeys(NOW, 2)).containsExactly(early.key(), alsoDue.key());
        assertThat(claimedKeys(NOW, 10)).containsExactly(early.key(), alsoDue.key(), onTime.key());
    }

    @Test
    void aClaimNeedsARunningUnitOfWork() {
        deadlines.schedule(at(NOW));

        assertThatThrownBy(() -> deadlines.claimDue(NOW, 10)).isInstanceOf(RuntimeException.class);
    }

    @Test
    void aRetriedDeadlineIsDueAgainLaterWithOneMoreAttempt() {
        var deadline = at(NOW);
        deadlines.schedule(deadline);

        transactions().inTransaction(() -> {
            deadlines.claimDue(NOW, 10).forEach(d -> deadlines.schedule(d.retriedAt(NOW.plusSeconds(30))));
            return null;
        });

        assertThat(claimedKeys(NOW.plusSeconds(29), 10)).isEmpty();
        assertThat(deadlines.find(deadline.key()).orElseThrow().attempts()).isEqualTo(1);
        assertThat(claimedKeys(NOW.plusSeconds(30), 10)).containsExactly(deadline.key());
    }

    @Test
    void aRunThatFailsLeavesTheDeadlineAsItWas() {
        var done = at(NOW);
        var retried = at(NOW.minusSeconds(1));
        deadlines.schedule(done);
        deadlines.schedule(retried);
        var added = at(NOW);

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            var claimed = deadlines.claimDue(NOW, 10);
            deadlines.schedule(claimed.get(0).retriedAt(FAR.minusSeconds(1)));
            deadlines.cancel(claimed.get(1).key());
            deadlines.scheduleIfAbsent(added);
            throw new IllegalStateException("the handler died");
        })).hasMessage("the handler died");

        assertThat(deadlines.find(done.key())).contains(done);
        assertThat(deadlines.find(retried.key())).contains(retried);
        assertThat(deadlines.find(added.key())).isEmpty();
        assertThat(claimedKeys(NOW, 10)).containsExactly(retried.key(), done.key());
    }

    /**
     * The first claimer holds its unit of work open while the second claims. A store that locks
     * rows answers the second at once, without the held ones (H2 may hold every due row its
     * claim looked at, not only those it returned); a store that runs units of work one at a
     * time answers after the first has removed its own. Either way nothing is claimed twice and
     * nothing is lost.
     */
    @Test
    void aDeadlineHeldByOneUnitOfWorkIsNotClaimedByAnother() throws Exception {
        var keys = List.of(at(NOW.minusSeconds(3)), at(NOW.minusSeconds(2)), at(NOW.minusSeconds(1)));
        keys.forEach(deadlines::schedule);
        var firstHasClaimed = new CountDownLatch(1);
        var secondHasClaimed = new CountDownLatch(1);

        var first = CompletableFuture.supplyAsync(() -> transactions().inTransaction(() -> {
            var mine = deadlines.claimDue(NOW, 2);
            firstHasClaimed.countDown();
            await(secondHasClaimed);
            mine.forEach(d -> deadlines.cancel(d.key()));
            return mine.stream().map(Deadline::key).toList();
        }));
        await(firstHasClaimed);
        var second = CompletableFuture.supplyAsync(() -> claimedKeys(NOW, 10))
                .whenComplete((keysClaimed, failure) -> secondHasClaimed.countDown());

        var firstKeys = first.get(30, TimeUnit.SECONDS);
        var secondKeys = second.get(30, TimeUnit.SECONDS);
        assertThat(firstKeys).hasSize(2);
        assertThat(secondKeys).doesNotContainAnyElementsOf(firstKeys).isSubsetOf(keys.get(2).key());
        assertThat(claimedKeys(NOW, 10)).containsExactly(keys.get(2).key());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
