package io.parlor.application.shared.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TransactionRunner} does. Subclasses provide the runner and a
 * {@link Probe}: a tiny store of the same technology whose writes take part in its units of
 * work, so the suite can see what committed and what rolled back.
 */
public abstract class TransactionRunnerContract {

    /** A store whose writes join the runner's units of work. */
    public interface Probe {

        /** Writes {@code key}; inside a unit of work the write belongs to it. */
        void write(String key);

        /** Whether {@code key} is committed, read outside any unit of work. */
        boolean contains(String key);
    }

    protected abstract TransactionRunner newSubject();

    /** A probe that takes part in the units of work of {@code runner}. */
    protected abstract Probe probeFor(TransactionRunner runner);

    @Test
    void commitsTheWorkAndReturnsItsResult() {
        var runner = newSubject();
        var probe = probeFor(runner);
        var key = freshKey();

        String result = runner.inTransaction(() -> {
            probe.write(key);
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(probe.contains(key)).isTrue();
    }

    @Test
    void rollsBackEveryWriteWhenTheWorkThrowsAndRethrowsTheSameException() {
        var runner = newSubject();
        var probe = probeFor(runner);
        var first = freshKey();
        var second = freshKey();
        var failure = new IllegalStateException("rule broken");

        assertThatThrownBy(() -> runner.runInTransaction(() -> {
            probe.write(first);
            probe.write(second);
            throw failure;
        })).isSameAs(failure);

        assertThat(probe.contains(first)).isFalse();
        assertThat(probe.contains(second)).isFalse();
    }

    @Test
    void knowsWhetherTheCallingThreadIsInAUnitOfWork() {
        var runner = newSubject();
        var elsewhere = Executors.newSingleThreadExecutor();
        try {
            assertThat(runner.inUnitOfWork()).isFalse();
            var inside = runner.inTransaction(() -> List.of(runner.inUnitOfWork(),
                    runner.inTransaction(runner::inUnitOfWork), waitFor(elsewhere.submit(runner::inUnitOfWork))));
            assertThat(inside).containsExactly(true, true, false);
            assertThat(runner.inUnitOfWork()).isFalse();
        } finally {
            elsewhere.shutdownNow();
        }
    }

    private static boolean waitFor(Future<Boolean> answer) {
        try {
            return answer.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aNestedUnitJoinsTheOuterOneAndRollsBackWithIt() {
        var runner = newSubject();
        var probe = probeFor(runner);
        var outer = freshKey();
        var inner = freshKey();

        assertThatThrownBy(() -> runner.runInTransaction(() -> {
            probe.write(outer);
            runner.runInTransaction(() -> probe.write(inner));
            throw new IllegalStateException("late failure");
        })).hasMessage("late failure");

        assertThat(probe.contains(outer)).isFalse();
        assertThat(probe.contains(inner)).isFalse();
    }

    @Test
    void aFailedUnitLeavesTheRunnerUsable() {
        var runner = newSubject();
        var probe = probeFor(runner);
        var lost = freshKey();
        var kept = freshKey();

        assertThatThrownBy(() -> runner.runInTransaction(() -> {
            probe.write(lost);
            throw new IllegalArgumentException("bad input");
        })).isInstanceOf(IllegalArgumentException.class);
        runner.runInTransaction(() -> probe.write(kept));

        assertThat(probe.contains(lost)).isFalse();
        assertThat(probe.contains(kept)).isTrue();
    }

    @Test
    void writesOfOneUnitCommitTogetherEvenIfManyThreadsRunUnits() throws InterruptedException {
        var runner = newSubject();
        var probe = probeFor(runner);
        var keys = new String[8][2];
        var threads = new Thread[8];

        for (int i = 0; i < threads.length; i++) {
            String[] pair = {freshKey(), freshKey()};
            keys[i] = pair;
            boolean fail = i % 2 == 0;
            threads[i] = new Thread(() -> {
                try {
                    runner.runInTransaction(() -> {
                        probe.write(pair[0]);
                        probe.write(pair[1]);
                        if (fail) {
                            throw new IllegalStateException("fails on purpose");
                        }
                    });
                } catch (IllegalStateException expected) {
                    // the even units fail by design
                }
            });
            threads[i].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }

        for (int i = 0; i < keys.length; i++) {
            boolean committed = i % 2 != 0;
            assertThat(probe.contains(keys[i][0])).as("unit %d first write", i).isEqualTo(committed);
            assertThat(probe.contains(keys[i][1])).as("unit %d second write", i).isEqualTo(committed);
        }
    }

    private static String freshKey() {
        return UUID.randomUUID().toString();
    }
}
