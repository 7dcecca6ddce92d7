package io.parlor.domain.reservation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** A half-open interval of time {@code [start, end)}, never empty. */
@ValueObject
public record TimeSpan(Instant start, Instant end) {

    /** @throws IllegalArgumentException unless {@code start} is before {@code end} */
    public TimeSpan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("a time span ends after it starts: " + start + " " + end);
        }
    }

    /** The span from {@code start} lasting {@code length}. */
    public static TimeSpan of(Instant start, Duration length) {
        return new TimeSpan(start, start.plus(length));
    }

    /** Whether the two spans share an instant (touching ends do not). */
    public boolean overlaps(TimeSpan other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** Whether every instant of {@code other} lies within this span. */
    public boolean contains(TimeSpan other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /** The spans sorted by start, with overlapping or touching ones joined. */
    public static List<TimeSpan> merge(List<TimeSpan> spans) {
        var sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparing(TimeSpan::start));
        var merged = new ArrayList<TimeSpan>();
        for (TimeSpan span : sorted) {
            int last = merged.size() - 1;
            if (last >= 0 && !merged.get(last).end().isBefore(span.start())) {
                var joined = merged.get(last);
                merged.set(last, new TimeSpan(joined.start(), max(joined.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return List.copyOf(merged);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
