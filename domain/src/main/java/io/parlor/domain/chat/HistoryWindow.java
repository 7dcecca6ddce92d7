package io.parlor.domain.chat;

import io.parlor.domain.shared.InvalidValue;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Which messages of a room one history request asks for: at most {@code limit} messages with
 * {@code afterSeq < seq < beforeSeq}, given in ascending {@code seq}. With an {@code afterSeq}
 * they are the oldest such messages (a reconnecting client catches up page by page); without
 * one, the newest (a client scrolls back with {@code beforeSeq}).
 */
@ValueObject
public record HistoryWindow(int limit, Optional<Long> beforeSeq, Optional<Long> afterSeq) {

    public HistoryWindow {
        if (limit < 1) {
            throw new InvalidValue("limit", "is at least 1");
        }
        Objects.requireNonNull(beforeSeq, "beforeSeq");
        Objects.requireNonNull(afterSeq, "afterSeq");
        if (beforeSeq.filter(seq -> seq < 0).isPresent()) {
            throw new InvalidValue("beforeSeq", "is not negative");
        }
        if (afterSeq.filter(seq -> seq < 0).isPresent()) {
            throw new InvalidValue("afterSeq", "is not negative");
        }
    }

    /**
     * The window a request names.
     *
     * @param limit        {@code defaultLimit} when absent
     * @throws InvalidValue (field {@code limit}) for a limit outside 1..{@code maxLimit}, or
     *                      ({@code beforeSeq}, {@code afterSeq}) for a negative bound
     */
    public static HistoryWindow of(Optional<Integer> limit, Optional<Long> beforeSeq, Optional<Long> afterSeq,
            int defaultLimit, int maxLimit) {
        int size = limit.orElse(defaultLimit);
        if (size > maxLimit) {
            throw new InvalidValue("limit", "is at most " + maxLimit);
        }
        return new HistoryWindow(size, beforeSeq, afterSeq);
    }

    /** Whether the window starts from its oldest end ({@code afterSeq} given). */
    public boolean fromOldest() {
        return afterSeq.isPresent();
    }

    /** The exclusive upper bound, {@link Long#MAX_VALUE} when open. */
    public long upperBound() {
        return beforeSeq.orElse(Long.MAX_VALUE);
    }

    /** The exclusive lower bound, 0 when open. */
    public long lowerBound() {
        return afterSeq.orElse(0L);
    }
}
