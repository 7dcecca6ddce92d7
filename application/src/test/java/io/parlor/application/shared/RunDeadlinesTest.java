package io.parlor.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.application.shared.inmemory.InMemoryDeadlines;
import io.parlor.application.shared.inmemory.InMemoryTimeSource;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.application.shared.port.in.DeadlineHandler;
import io.parlor.application.shared.port.in.RunDeadlines;
import io.parlor.application.shared.port.out.Deadline;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunDeadlinesTest {

    private static final Instant START = Instant.parse("2026-11-21T09:00:00Z");

    private final InMemoryTimeSource time = new InMemoryTimeSource(START);
    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    private final InMemoryDeadlines deadlines = new InMemoryDeadlines(transactions);
    private final Recorder recorder = new Recorder();
    private final RunDeadlines runner = Scheduling.runner(deadlines, transactions, time, List.of(recorder),
            new Scheduling.Retries(3, Duration.ofSeconds(10)));

    @Test
    void runsWhatIsDueOnceAndLeavesTheRestForLater() {
        transactions.runInTransaction(() -> {
            deadlines.schedule(Deadline.of("a", "test", START.minusSeconds(1), "first"));
            deadlines.schedule(Deadline.of("b", "test", START.plusSeconds(60), "later"));
        });

        int now = runner.runDue(10);
        int again = runner.runDue(10);
        time.advance(Duration.ofMinutes(2));
        int later = runner.runDue(10);

        assertThat(now).isEqualTo(1);
        assertThat(again).isZero();
        assertThat(later).isEqualTo(1);
        assertThat(recorder.ran).containsExactly("first", "later");
        assertThat(deadlines.find("a")).isEmpty();
        assertThat(deadlines.find("b")).isEmpty();
    }

    @Test
    void aFailingRunIsRolledBackAndTriedAgainAfterABackoffThenDropped() {
        recorder.failing.add("flaky");
        transactions.runInTransaction(() -> deadlines.schedule(Deadline.of("c", "test", START, "flaky")));

        runner.runDue(10);
        var afterFirst = deadlines.find("c");
        runner.runDue(10);
        time.advance(Duration.ofSeconds(11));
        runner.runDue(10);
        time.advance(Duration.ofSeconds(21));
        runner.runDue(10);

        assertThat(afterFirst).get().satisfies(d -> {
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.dueAt()).isEqualTo(START.plusSeconds(10));
        });
        assertThat(recorder.ran).isEmpty();
        assertThat(recorder.attempts).isEqualTo(3);
        assertThat(recorder.written).isEmpty();
        assertThat(deadlines.find("c")).isEmpty();
    }

    /** Runs deadlines of kind {@code test}; one whose payload is in {@code failing} writes, then throws. */
    private final class Recorder implements DeadlineHandler {

        final List<String> ran = new ArrayList<>();
        final List<String> written = new ArrayList<>();
        final Set<String> failing = new java.util.HashSet<>();
        int attempts;

        @Override
        public String kind() {
            return "test";
        }

        @Override
        public void run(String key, String payload) {
            attempts++;
            if (failing.contains(payload)) {
                written.add(payload);
                transactions.onRollback(() -> written.remove(payload));
                throw new IllegalStateException("boom");
            }
            ran.add(payload);
        }
    }
}
