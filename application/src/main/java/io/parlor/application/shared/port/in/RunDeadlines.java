package io.parlor.application.shared.port.in;

/**
 * Runs the deadlines that fell due, on whichever instance calls it: each in a unit of work of
 * its own that claims it, runs its handler and removes it, so that it runs once however many
 * instances call this at the same moment, and again elsewhere if this instance dies midway.
 */
public interface RunDeadlines {

    /**
     * Runs up to {@code limit} due deadlines. A handler that throws rolls its run back; the
     * deadline is tried again after a backoff, a bounded number of times, then dropped (logged).
     *
     * @return how many deadlines were run (successfully or not)
     */
    int runDue(int limit);
}
