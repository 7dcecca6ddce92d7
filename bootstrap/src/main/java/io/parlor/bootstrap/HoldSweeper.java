package io.parlor.bootstrap;

import io.micronaut.scheduling.annotation.Scheduled;
import io.parlor.application.reservation.port.in.ExpireHolds;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores {@code EXPIRED} on holds that ran out, every {@code parlor.reservation.sweep-interval},
 * in batches until a batch comes back short. Every instance runs it: the store claims holds with
 * {@code FOR UPDATE SKIP LOCKED} and the use case re-reads each under its row lock, so a hold is
 * expired, and its event published, once. Slots were free from the moment their hold ran out;
 * this only makes the status durable.
 */
@Singleton
class HoldSweeper {

    private static final Logger LOG = LoggerFactory.getLogger(HoldSweeper.class);

    private final ExpireHolds expireHolds;
    private final int batch;

    HoldSweeper(ExpireHolds expireHolds, ReservationConfiguration configuration) {
        this.expireHolds = expireHolds;
        this.batch = configuration.sweepBatch();
    }

    @Scheduled(fixedDelay = "${parlor.reservation.sweep-interval:30s}",
            initialDelay = "${parlor.reservation.sweep-interval:30s}")
    void sweep() {
        try {
            int total = 0;
            int expired;
            do {
                expired = expireHolds.expire(new ExpireHolds.Command(batch));
                total += expired;
            } while (expired == batch);
            if (total > 0) {
                LOG.debug("expired {} holds", total);
            }
        } catch (RuntimeException e) {
            LOG.warn("sweeping expired holds failed; the next run tries again", e);
        }
    }
}
