package io.parlor.application.reservation;

import io.parlor.application.reservation.port.in.ExpireHolds;
import io.parlor.application.reservation.port.out.Reservations;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.reservation.Reservation;
import java.util.ArrayList;

/**
 * Each hold is re-read under its row lock before it is expired, so two sweepers (or a sweeper
 * and a late confirmation) never both change it, and its event is published once.
 */
final class ExpireHoldsService implements ExpireHolds {

    private final Reservations reservations;
    private final Publisher publisher;
    private final TransactionRunner transactions;
    private final TimeSource time;

    ExpireHoldsService(Reservations reservations, Publisher publisher, TransactionRunner transactions,
            TimeSource time) {
        this.reservations = reservations;
        this.publisher = publisher;
        this.transactions = transactions;
        this.time = time;
    }

    @Override
    public int expire(Command command) {
        var now = time.now();
        var expired = transactions.inTransaction(() -> {
            var changed = new ArrayList<Reservation>();
            for (Reservation candidate : reservations.heldExpiredBy(now, command.limit())) {
                var reservation = reservations.lockById(candidate.id()).orElseThrow();
                if (reservation.expire(now).isPresent()) {
                    reservations.save(reservation);
                    changed.add(reservation);
                }
            }
            publisher.followUp(changed, now);
            return changed;
        });
        publisher.publish(expired);
        return expired.size();
    }
}
