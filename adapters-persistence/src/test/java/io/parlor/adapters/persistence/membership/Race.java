package io.parlor.adapters.persistence.membership;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/** Runs one piece of work on several threads released at the same instant. */
final class Race {

    private Race() {
    }

    /** The results of {@code work} run once on each of {@code threads} threads, in no order. */
    static <T> List<T> of(int threads, Supplier<T> work) throws InterruptedException {
        var start = new CountDownLatch(1);
        var results = new ConcurrentLinkedQueue<T>();
        var running = new ArrayList<Thread>();
        for (int i = 0; i < threads; i++) {
            var thread = new Thread(() -> {
                try {
                    start.await();
                    results.add(work.get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            thread.start();
            running.add(thread);
        }
        start.countDown();
        for (Thread thread : running) {
            thread.join();
        }
        return List.copyOf(results);
    }
}
