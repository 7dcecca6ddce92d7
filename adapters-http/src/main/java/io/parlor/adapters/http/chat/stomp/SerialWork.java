package io.parlor.adapters.http.chat.stomp;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one connection's frames one after another, in arrival order, on a shared pool, so that
 * blocking work (the database) stays off the event loop while receipts keep their order.
 * Bounded: a client that sends faster than its frames are handled is refused.
 */
final class SerialWork {

    private static final Logger LOG = LoggerFactory.getLogger(SerialWork.class);

    private final Executor pool;
    private final int limit;
    private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
    private boolean running;

    SerialWork(Executor pool, int limit) {
        this.pool = pool;
        this.limit = limit;
    }

    /** Queues {@code task}; {@code false} when the queue is full. */
    synchronized boolean submit(Runnable task) {
        if (tasks.size() >= limit) {
            return false;
        }
        tasks.add(task);
        if (!running) {
            running = true;
            pool.execute(this::runQueued);
        }
        return true;
    }

    /** Whether nothing is queued or running, so that a task run by the caller now keeps the order. */
    synchronized boolean idle() {
        return !running && tasks.isEmpty();
    }

    private void runQueued() {
        while (true) {
            Runnable next;
            synchronized (this) {
                next = tasks.poll();
                if (next == null) {
                    running = false;
                    return;
                }
            }
            try {
                next.run();
            } catch (RuntimeException e) {
                LOG.warn("a STOMP frame failed unexpectedly", e);
            }
        }
    }
}
