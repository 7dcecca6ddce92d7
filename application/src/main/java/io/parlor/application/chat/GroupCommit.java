package io.parlor.application.chat;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Work that queues up while one batch is stored and is then stored as the next batch, by one
 * thread, in arrival order: the busier the server, the larger the batches, and a quiet server
 * stores each item at once. Hand-written because the batch is the unit of work, which no
 * executor of the JDK expresses; the thread is a daemon, starts with the first item and ends
 * once closed and drained.
 *
 * @param <T> one queued item, which carries its own answer
 */
final class GroupCommit<T> {

    private static final System.Logger LOG = System.getLogger(GroupCommit.class.getName());
    private static final Duration CLOSE_CHECK = Duration.ofMillis(200);

    private final LinkedBlockingQueue<T> queue = new LinkedBlockingQueue<>();
    private final int maxBatch;
    private final Consumer<List<T>> store;
    private final String threadName;
    private Thread worker;
    private volatile boolean closed;

    /** @param store stores one batch and answers each of its items; if it throws, the next batch still runs */
    GroupCommit(int maxBatch, String threadName, Consumer<List<T>> store) {
        this.maxBatch = maxBatch;
        this.threadName = threadName;
        this.store = store;
    }

    /** @throws IllegalStateException once closed */
    synchronized void add(T item) {
        if (closed) {
            throw new IllegalStateException("closed: no more items are taken");
        }
        queue.add(item);
        if (worker == null) {
            worker = new Thread(this::run, threadName);
            worker.setDaemon(true);
            worker.start();
        }
    }

    /** Takes no more items, and waits until those taken are stored. */
    void close() {
        Thread running;
        synchronized (this) {
            closed = true;
            running = worker;
        }
        if (running != null) {
            try {
                running.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        var batch = new ArrayList<T>(maxBatch);
        while (true) {
            T first;
            try {
                // a timed wait, not an interrupt, ends the thread: an interrupt would break a batch's I/O
                first = queue.poll(CLOSE_CHECK.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (first == null) {
                if (closed) {
                    return; // add() refuses once closed, so an empty queue stays empty
                }
                continue;
            }
            batch.add(first);
            queue.drainTo(batch, maxBatch - 1);
            try {
                store.accept(List.copyOf(batch));
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "a batch failed to answer its callers", e);
            }
            batch.clear();
        }
    }
}
