package io.parlor.application.chat;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * Work that queues up while one batch is stored and is then stored as the next batch, by one
 * thread, in arrival order: the busier the server, the larger the batches, and a quiet server
 * stores each item at once. Hand-written because the batch is the unit of work, which no
 * executor of the JDK expresses; the thread is a daemon and starts with the first item.
 *
 * @param <T> one queued item, which carries its own answer
 */
final class GroupCommit<T> {

    private static final System.Logger LOG = System.getLogger(GroupCommit.class.getName());

    private final LinkedBlockingQueue<T> queue = new LinkedBlockingQueue<>();
    private final int maxBatch;
    private final Consumer<List<T>> store;
    private final String threadName;
    private Thread worker;

    /** @param store stores one batch and answers each of its items; if it throws, the next batch still runs */
    GroupCommit(int maxBatch, String threadName, Consumer<List<T>> store) {
        this.maxBatch = maxBatch;
        this.threadName = threadName;
        this.store = store;
    }

    void add(T item) {
        queue.add(item);
        startOnce();
    }

    private synchronized void startOnce() {
        if (worker == null) {
            worker = new Thread(this::run, threadName);
            worker.setDaemon(true);
            worker.start();
        }
    }

    private void run() {
        var batch = new ArrayList<T>(maxBatch);
        while (true) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
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
