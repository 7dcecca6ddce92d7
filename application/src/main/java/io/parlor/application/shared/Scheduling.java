package io.parlor.application.shared;

import io.parlor.application.shared.port.in.DeadlineHandler;
import io.parlor.application.shared.port.in.RunDeadlines;
import io.parlor.application.shared.port.out.Deadlines;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;

/** Builds {@link RunDeadlines} for the handlers of every context. */
public final class Scheduling {

    private Scheduling() {
    }

    /** How a failing deadline is retried: {@code firstBackoff}, doubled each time, {@code maxAttempts} runs in all. */
    public record Retries(int maxAttempts, Duration firstBackoff) {

        public static Retries defaults() {
            return new Retries(5, Duration.ofSeconds(15));
        }
    }

    /** @throws IllegalArgumentException when two handlers claim one kind */
    public static RunDeadlines runner(Deadlines deadlines, TransactionRunner transactions, TimeSource time,
                                      Collection<? extends DeadlineHandler> handlers, Retries retries) {
        var byKind = new HashMap<String, DeadlineHandler>();
        for (var handler : handlers) {
            if (byKind.put(handler.kind(), handler) != null) {
                throw new IllegalArgumentException("two handlers for deadline kind " + handler.kind());
            }
        }
        return new RunDeadlinesService(deadlines, transactions, time, byKind, retries);
    }
}
