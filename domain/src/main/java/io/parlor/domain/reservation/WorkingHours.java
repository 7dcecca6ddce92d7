package io.parlor.domain.reservation;

import io.parlor.domain.shared.InvalidValue;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One range of a designer's weekly hours, in the shop's local time: from {@code start}
 * (inclusive) to {@code end} (exclusive) on every {@code day}. A day may have several ranges;
 * the gaps between them are breaks. Ranges stay within their day.
 */
@ValueObject
public record WorkingHours(DayOfWeek day, LocalTime start, LocalTime end) {

    /** @throws InvalidValue (field {@code weekly}) unless {@code start} is before {@code end}, both whole minutes */
    public WorkingHours {
        if (day == null || start == null || end == null) {
            throw new InvalidValue("weekly", "every range needs dayOfWeek, start and end");
        }
        if (!start.isBefore(end)) {
            throw new InvalidValue("weekly", "a range must start before it ends");
        }
        if (start.getSecond() != 0 || start.getNano() != 0 || end.getSecond() != 0 || end.getNano() != 0) {
            throw new InvalidValue("weekly", "ranges are given in whole minutes");
        }
    }

    /** Whether the two ranges share a day and a moment of it. */
    public boolean overlaps(WorkingHours other) {
        return day == other.day && start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** Orders ranges by day, then start. */
    static int compare(WorkingHours a, WorkingHours b) {
        int byDay = a.day.compareTo(b.day);
        return byDay != 0 ? byDay : a.start.compareTo(b.start);
    }
}
