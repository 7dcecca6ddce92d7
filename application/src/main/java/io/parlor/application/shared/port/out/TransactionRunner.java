package io.parlor.application.shared.port.out;

import java.util.function.Supplier;

/**
 * Runs a unit of work atomically: every write through the repositories inside it commits
 * together, or none does.
 */
public interface TransactionRunner {

    /**
     * Runs {@code work} in a transaction and returns its result after the commit. A call
     * inside a running unit of work joins it. If {@code work} throws, everything it wrote is
     * rolled back and the same exception is rethrown.
     */
    <T> T inTransaction(Supplier<T> work);

    /** Whether the calling thread is inside a unit of work of this runner, which a call would join. */
    boolean inUnitOfWork();

    /** {@link #inTransaction(Supplier)} for work without a result. */
    default void runInTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
