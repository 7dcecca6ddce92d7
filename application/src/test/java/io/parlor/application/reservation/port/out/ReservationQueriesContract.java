package io.parlor.application.reservation.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.domain.reservation.Reservation;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The listing queries of every {@link Reservations} store; run through {@link ReservationsContract}. */
public abstract class ReservationQueriesContract extends ReservationSamples {

    @Test
    void listsAShopsReservationsStartingInAWindowByStart() {
        var store = subject();
        var day = NOW.plus(Duration.ofDays(5));
        var late = held(existingMember(), day.plus(Duration.ofHours(8)), Optional.empty());
        var early = held(existingMember(), day.plus(Duration.ofHours(1)), Optional.empty());
        var otherDesigner = heldBy(shop, existingMember(), existingMember(), day.plus(Duration.ofHours(2)));
        var nextDay = held(existingMember(), day.plus(Duration.ofDays(1)), Optional.empty());
        for (var r : new Reservation[] {late, early, otherDesigner, nextDay}) {
            store.add(r);
        }

        var all = store.ofShop(shop, Optional.empty(), day, day.plus(Duration.ofDays(1)));
        var mine = store.ofShop(shop, Optional.of(designer), day, day.plus(Duration.ofDays(1)));

        assertThat(all).extracting(Reservation::id).containsExactly(early.id(), otherDesigner.id(), late.id());
        assertThat(mine).extracting(Reservation::id).containsExactly(early.id(), late.id());
        assertThat(store.ofShop(existingShop(), Optional.empty(), day, day.plus(Duration.ofDays(1)))).isEmpty();
    }

    @Test
    void pagesACustomersReservationsLatestFirst() {
        var store = subject();
        var customer = existingMember();
        var starts = new Instant[5];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = NOW.plus(Duration.ofDays(1 + i));
            store.add(held(customer, starts[i], Optional.empty()));
        }

        var first = store.ofCustomer(customer, Optional.empty(), 2);
        var last = first.get(1).state();
        var second = store.ofCustomer(customer, Optional.of(new ReservationPosition(last.startAt(), last.id())), 10);

        assertThat(first).extracting(r -> r.state().startAt()).containsExactly(starts[4], starts[3]);
        assertThat(second).extracting(r -> r.state().startAt()).containsExactly(starts[2], starts[1], starts[0]);
        assertThat(store.ofCustomer(existingMember(), Optional.empty(), 10)).isEmpty();
    }

    @Test
    void findsStoredHoldsThatRanOutEarliestExpiryFirst() {
        var store = subject();
        var stale = held(existingMember(), NOW.plus(Duration.ofDays(1)), Optional.empty());
        var confirmed = held(existingMember(), NOW.plus(Duration.ofDays(2)), Optional.empty());
        confirmed.confirm(NOW);
        store.add(stale);
        store.add(confirmed);
        var later = NOW.plus(Duration.ofMinutes(1));
        var fresh = heldBy(shop, designer, existingMember(), NOW.plus(Duration.ofDays(3)), later);
        store.add(fresh);

        var atExpiry = store.heldExpiredBy(NOW.plus(HOLD), 10);
        var afterBoth = store.heldExpiredBy(later.plus(HOLD), 10);
        var limited = store.heldExpiredBy(later.plus(HOLD), 1);

        assertThat(atExpiry).extracting(Reservation::id).containsExactly(stale.id());
        assertThat(afterBoth).extracting(Reservation::id).containsExactly(stale.id(), fresh.id());
        assertThat(limited).extracting(Reservation::id).containsExactly(stale.id());
        assertThat(store.heldExpiredBy(NOW.plus(HOLD).minusMillis(1), 10)).isEmpty();
    }
}
