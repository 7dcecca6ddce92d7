package io.parlor.application.shared.inmemory;

import io.parlor.application.shared.port.out.TransactionRunner;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Transactions for in-memory stores: units of work run one at a time (so they are
 * serializable) and a failed one undoes the writes that the stores registered with
 * {@link #onRollback(Runnable)}, newest first.
 */
public final class InMemoryTransactionRunner implements TransactionRunner {

    private final ReentrantLock oneAtATime = new ReentrantLock();
    private final ThreadLocal<Deque<Runnable>> undoLog = new ThreadLocal<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (undoLog.get() != null) {
            return work.get();
        }
        oneAtATime.lock();
        var undo = new ArrayDeque<Runnable>();
        undoLog.set(undo);
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            undo.forEach(Runnable::run);
            throw e;
        } finally {
            undoLog.remove();
            oneAtATime.unlock();
        }
    }

    @Override
    public boolean inUnitOfWork() {
        return undoLog.get() != null;
    }

    /**
     * Records how to undo a write made by the calling thread's unit of work. Outside a unit of
     * work the write is final at once and nothing is recorded.
     */
    public void onRollback(Runnable undoAction) {
        var undo = undoLog.get();
        if (undo != null) {
            undo.push(undoAction);
        }
    }
}
