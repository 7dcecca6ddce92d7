package io.parlor.application.reservation.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.reservation.BookingRules;
import io.parlor.domain.reservation.IdempotencyKey;
import io.parlor.domain.reservation.Party;
import io.parlor.domain.reservation.Reservation;
import io.parlor.domain.reservation.ReservationId;
import io.parlor.domain.reservation.ReservationNotFound;
import io.parlor.domain.reservation.ReservationStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Reservations} store does: storage, idempotency keys, overlaps judged at the
 * time given, and the designer lock that keeps concurrent holds from double-booking (with the
 * queries of {@link ReservationQueriesContract}). Test data is made through the port; shops,
 * members and services come from the hooks of {@link ReservationSamples}.
 */
public abstract class ReservationsContract extends ReservationQueriesContract {

    @Test
    void readsBackEveryFieldByIdAndUnderLock() {
        var store = subject();
        var reservation = held(existingMember(), NOW.plus(Duration.ofDays(2)), Optional.of(key()));

        boolean added = store.add(reservation);

        assertThat(added).isTrue();
        assertThat(store.findById(reservation.id())).map(Reservation::state).contains(reservation.state());
        assertThat(transactions().inTransaction(() -> store.lockById(reservation.id()))).map(Reservation::state)
                .contains(reservation.state());
        assertThat(store.findById(new ReservationId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void savesEveryTransition() {
        var store = subject();
        var start = NOW.plus(Duration.ofDays(2));
        var reservation = held(existingMember(), start, Optional.empty());
        store.add(reservation);

        reservation.confirm(NOW);
        reservation.reschedule(Party.STAFF, start.plus(Duration.ofHours(3)), NOW, BookingRules.DEFAULT);
        store.save(reservation);

        assertThat(store.findById(reservation.id())).map(Reservation::state).contains(reservation.state());
        assertThat(store.findById(reservation.id()).orElseThrow().statusAt(NOW))
                .isEqualTo(ReservationStatus.CONFIRMED);
    }

    @Test
    void savingAReservationNeverAddedIsNotFound() {
        var store = subject();

        assertThatThrownBy(() -> store.save(held(existingMember(), NOW.plus(Duration.ofDays(1)), Optional.empty())))
                .isInstanceOf(ReservationNotFound.class);
    }

    @Test
    void keepsIdempotencyKeysUniquePerCustomer() {
        var store = subject();
        var customer = existingMember();
        var key = key();
        var first = held(customer, NOW.plus(Duration.ofDays(1)), Optional.of(key));
        store.add(first);

        boolean again = store.add(held(customer, NOW.plus(Duration.ofDays(2)), Optional.of(key)));
        boolean otherCustomer = store.add(held(existingMember(), NOW.plus(Duration.ofDays(3)), Optional.of(key)));

        assertThat(again).isFalse();
        assertThat(otherCustomer).isTrue();
        assertThat(store.findByIdempotencyKey(customer, key)).map(Reservation::id).contains(first.id());
        assertThat(store.findByIdempotencyKey(customer, key())).isEmpty();
        assertThat(store.ofCustomer(customer, Optional.empty(), 10)).hasSize(1);
    }

    @Test
    void anAddInAFailedUnitOfWorkIsUndone() {
        var store = subject();
        var reservation = held(existingMember(), NOW.plus(Duration.ofDays(1)), Optional.empty());

        try {
            transactions().runInTransaction(() -> {
                store.add(reservation);
                throw new IllegalStateException("fails on purpose");
            });
        } catch (IllegalStateException expected) {
            // the unit fails by design
        }

        assertThat(store.findById(reservation.id())).isEmpty();
    }

    @Test
    void findsTheReservationsThatBlockTimeAtTheInstantAsked() {
        var store = subject();
        var start = NOW.plus(Duration.ofDays(2));
        var held = held(existingMember(), start, Optional.empty());
        var confirmed = held(existingMember(), start.plus(Duration.ofHours(3)), Optional.empty());
        confirmed.confirm(NOW);
        var cancelled = held(existingMember(), start.plus(Duration.ofHours(5)), Optional.empty());
        cancelled.cancel(Party.STAFF, Optional.empty(), NOW, BookingRules.DEFAULT);
        var otherDesigner = heldBy(shop, existingMember(), existingMember(), start);
        var otherShop = heldBy(existingShop(), designer, existingMember(), start.plus(Duration.ofHours(7)));
        for (var r : new Reservation[] {held, confirmed, cancelled, otherDesigner, otherShop}) {
            store.add(r);
        }
        var day = new Instant[] {start.minus(Duration.ofDays(1)), start.plus(Duration.ofDays(1))};

        var now = store.blockingOverlaps(designer, day[0], day[1], NOW);
        var afterHolds = store.blockingOverlaps(designer, day[0], day[1], NOW.plus(HOLD));

        assertThat(now).extracting(Reservation::id).containsExactly(held.id(), confirmed.id(), otherShop.id());
        assertThat(afterHolds).extracting(Reservation::id).containsExactly(confirmed.id());
        assertThat(store.blockingOverlaps(designer, start.plus(Duration.ofMinutes(70)),
                start.plus(Duration.ofMinutes(71)), NOW)).extracting(Reservation::id).containsExactly(held.id());
        assertThat(store.blockingOverlaps(designer, start.plus(Duration.ofMinutes(75)),
                start.plus(Duration.ofMinutes(80)), NOW)).isEmpty();
        assertThat(store.blockingOverlaps(designer, start.minus(Duration.ofMinutes(30)), start, NOW)).isEmpty();
    }

    @Test
    void aLongReservationThatStartsFarBeforeTheWindowStillBlocksIt() {
        var store = subject();
        var start = NOW.plus(Duration.ofDays(2));
        // stored before the designer was ever locked, then shorter and longer ones under the lock
        var beforeAnyLock = heldFor(10 * 60, 30, start);
        store.add(beforeAnyLock);
        lockAndAdd(store, heldFor(30, 0, start.plus(Duration.ofHours(12))));

        var near = transactions().inTransaction(() -> {
            store.lockDesigner(designer);
            return store.blockingOverlaps(designer, start.plus(Duration.ofMinutes(625)),
                    start.plus(Duration.ofMinutes(640)), NOW);
        });
        var longer = heldFor(20 * 60, 45, start.plus(Duration.ofDays(1)));
        lockAndAdd(store, longer);
        var longerReached = store.blockingOverlaps(designer, start.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(1244)),
                start.plus(Duration.ofDays(2)), NOW);
        var longest = heldFor(24 * 60, 24 * 60, start.plus(Duration.ofDays(3)));
        lockAndAdd(store, longest);

        assertThat(near).extracting(Reservation::id).containsExactly(beforeAnyLock.id());
        assertThat(longerReached).extracting(Reservation::id).containsExactly(longer.id());
        assertThat(store.blockingOverlaps(designer, start.plus(Duration.ofDays(4)).plus(Duration.ofHours(23)),
                start.plus(Duration.ofDays(5)), NOW)).extracting(Reservation::id).containsExactly(longest.id());
        assertThat(store.blockingOverlaps(designer, start.plus(Duration.ofDays(5)),
                start.plus(Duration.ofDays(6)), NOW)).isEmpty();
    }

    private void lockAndAdd(Reservations store, Reservation reservation) {
        transactions().runInTransaction(() -> {
            store.lockDesigner(reservation.designer());
            store.add(reservation);
        });
    }

    @Test
    void underTheDesignersLockExactlyOneOfManyOverlappingHoldsIsStored() throws Exception {
        var store = subject();
        var start = NOW.plus(Duration.ofDays(2));
        int threads = 50;
        var gate = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(threads);
        var results = new ArrayList<Future<Boolean>>();

        for (int i = 0; i < threads; i++) {
            var candidate = held(existingMember(), start.plus(Duration.ofMinutes(i)), Optional.empty());
            results.add(pool.submit(() -> {
                gate.await();
                return transactions().inTransaction(() -> {
                    store.lockDesigner(designer);
                    var blocked = candidate.blocked();
                    if (!store.blockingOverlaps(designer, blocked.start(), blocked.end(), NOW).isEmpty()) {
                        return false;
                    }
                    return store.add(candidate);
                });
            }));
        }
        gate.countDown();
        int stored = 0;
        for (Future<Boolean> result : results) {
            stored += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();

        assertThat(stored).isEqualTo(1);
        assertThat(store.blockingOverlaps(designer, start, start.plus(Duration.ofDays(1)), NOW)).hasSize(1);
    }

    @Test
    void theDesignersLockIsReentrantWithinAUnitOfWork() {
        var store = subject();

        int calls = transactions().inTransaction(() -> {
            store.lockDesigner(designer);
            store.lockDesigner(designer);
            store.lockDesigner(existingMember());
            return 3;
        });

        assertThat(calls).isEqualTo(3);
    }

    /** A fresh idempotency key. */
    protected static IdempotencyKey key() {
        return new IdempotencyKey(UUID.randomUUID().toString());
    }
}
