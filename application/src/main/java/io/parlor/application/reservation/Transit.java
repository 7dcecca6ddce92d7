package io.parlor.application.reservation;

import io.parlor.application.reservation.port.in.ReservationView;
import io.parlor.application.reservation.port.out.Reservations;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.reservation.Party;
import io.parlor.domain.reservation.Reservation;
import io.parlor.domain.reservation.ReservationId;
import io.parlor.domain.reservation.ReservationNotFound;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves one stored reservation through its lifecycle: in one unit of work it reads it, checks
 * who asks, locks it (after its designer, if the move may take time), applies the move and
 * saves; after the commit it publishes the recorded events.
 */
final class Transit {

    /** A lifecycle move; returns the other reservations it changed (and saved), if any. */
    interface Move {
        List<Reservation> apply(Reservation reservation, Party party, Instant now);
    }

    private final Reservations reservations;
    private final ShopAccess access;
    private final Publisher publisher;
    private final TransactionRunner transactions;
    private final TimeSource time;

    Transit(Reservations reservations, ShopAccess access, Publisher publisher, TransactionRunner transactions,
            TimeSource time) {
        this.reservations = reservations;
        this.access = access;
        this.publisher = publisher;
        this.transactions = transactions;
        this.time = time;
    }

    /**
     * @param takesTime whether the move may make the reservation block time it did not block,
     *                  so that the designer is locked first (locks are taken designer first)
     * @throws ReservationNotFound if unknown or not visible to {@code actor}
     */
    ReservationView run(MemberId actor, ReservationId id, boolean takesTime, Move move) {
        var now = time.now();
        var changed = transactions.inTransaction(() -> {
            var seen = reservations.findById(id).orElseThrow(ReservationNotFound::new);
            var party = access.partyOf(seen, actor);
            if (takesTime) {
                reservations.lockDesigner(seen.designer());
            }
            var reservation = reservations.lockById(id).orElseThrow(ReservationNotFound::new);
            var all = new ArrayList<>(move.apply(reservation, party, now));
            reservations.save(reservation);
            all.add(reservation);
            publisher.followUp(all, now);
            return all;
        });
        publisher.publish(changed);
        return Views.of(changed.get(changed.size() - 1), now);
    }
}
