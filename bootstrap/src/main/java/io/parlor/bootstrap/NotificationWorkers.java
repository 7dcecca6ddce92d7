package io.parlor.bootstrap;

import io.micronaut.context.annotation.Context;
import io.micronaut.scheduling.annotation.Scheduled;
import io.parlor.application.notification.NotificationUseCases;
import io.parlor.application.notification.port.in.DeliverNotifications;
import io.parlor.application.shared.port.in.RunDeadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every instance runs the due deadlines and sends the outbox every {@code parlor.notification.work-interval}.
 * Both claim their rows ({@code FOR UPDATE SKIP LOCKED}), so instances share the work and each row is
 * done once; a run goes on in batches until a batch comes back short.
 */
@Context
class NotificationWorkers {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationWorkers.class);
    private static final int BATCH = 100;

    private final RunDeadlines deadlines;
    private final DeliverNotifications deliveries;

    /** Takes the use cases so that the instance subscribes to the bus at start, not at the first request. */
    NotificationWorkers(RunDeadlines deadlines, DeliverNotifications deliveries, NotificationUseCases started) {
        this.deadlines = deadlines;
        this.deliveries = deliveries;
    }

    @Scheduled(fixedDelay = "${parlor.notification.work-interval:500ms}", initialDelay = "1s")
    void runDeadlines() {
        try {
            while (deadlines.runDue(BATCH) == BATCH) {
                LOG.debug("ran a full batch of deadlines");
            }
        } catch (RuntimeException e) {
            LOG.warn("running due deadlines failed; the next run tries again", e);
        }
    }

    @Scheduled(fixedDelay = "${parlor.notification.work-interval:500ms}", initialDelay = "1s")
    void sendOutbox() {
        try {
            while (deliveries.deliverDue(BATCH) == BATCH) {
                LOG.debug("sent a full batch of deliveries");
            }
        } catch (RuntimeException e) {
            LOG.warn("sending the outbox failed; the next run tries again", e);
        }
    }
}
