package io.parlor.application.shared;

import io.parlor.application.shared.port.in.DeadlineHandler;
import io.parlor.application.shared.port.in.RunDeadlines;
import io.parlor.application.shared.port.out.Deadline;
import io.parlor.application.shared.port.out.Deadlines;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Claims one due deadline per unit of work, so that one failing handler never undoes another's run.
 * Hand-written rather than db-scheduler: a deadline must join the caller's unit of work on every adapter, in-memory too.
 */
final class RunDeadlinesService implements RunDeadlines {

    private static final System.Logger LOG = System.getLogger(RunDeadlinesService.class.getName());

    private final Deadlines deadlines;
    private final TransactionRunner transactions;
    private final TimeSource time;
    private final Map<String, DeadlineHandler> handlers;
    private final Scheduling.Retries retries;

    RunDeadlinesService(Deadlines deadlines, TransactionRunner transactions, TimeSource time,
                        Map<String, DeadlineHandler> handlers, Scheduling.Retries retries) {
        this.deadlines = deadlines;
        this.transactions = transactions;
        this.time = time;
        this.handlers = Map.copyOf(handlers);
        this.retries = retries;
    }

    @Override
    public int runDue(int limit) {
        int ran = 0;
        while (ran < limit) {
            try {
                if (!transactions.inTransaction(this::runOne)) {
                    break;
                }
            } catch (HandlerFailed failed) {
                transactions.runInTransaction(() -> retryOrDrop(failed.deadline, failed.getCause()));
            }
            ran++;
        }
        return ran;
    }

    /** Claims, runs and removes one due deadline; false when none is due. A failing handler rolls it all back. */
    private boolean runOne() {
        var claimed = deadlines.claimDue(time.now(), 1);
        if (claimed.isEmpty()) {
            return false;
        }
        var deadline = claimed.get(0);
        var handler = handlers.get(deadline.kind());
        if (handler == null) {
            LOG.log(Level.WARNING, "no handler for deadline kind " + deadline.kind() + "; dropping " + deadline.key());
        } else {
            try {
                handler.run(deadline.key(), deadline.payload());
            } catch (RuntimeException failure) {
                throw new HandlerFailed(deadline, failure);
            }
        }
        deadlines.cancel(deadline.key());
        return true;
    }

    /** Runs after the failed run rolled back; leaves alone a deadline that another instance moved meanwhile. */
    private void retryOrDrop(Deadline deadline, Throwable failure) {
        if (!deadlines.find(deadline.key()).equals(Optional.of(deadline))) {
            return;
        }
        if (deadline.attempts() + 1 >= retries.maxAttempts()) {
            LOG.log(Level.ERROR, "deadline " + deadline.key() + " failed " + retries.maxAttempts() + " times; dropped",
                    failure);
            deadlines.cancel(deadline.key());
            return;
        }
        Duration backoff = retries.firstBackoff().multipliedBy(1L << Math.min(16, deadline.attempts()));
        LOG.log(Level.WARNING, "deadline " + deadline.key() + " failed; tried again in " + backoff, failure);
        deadlines.schedule(deadline.retriedAt(time.now().plus(backoff)));
    }

    /** Carries a handler's failure out of the unit of work, so that the unit rolls back. */
    private static final class HandlerFailed extends RuntimeException {

        private final transient Deadline deadline;

        HandlerFailed(Deadline deadline, RuntimeException cause) {
            super(cause);
            this.deadline = deadline;
        }
    }
}
