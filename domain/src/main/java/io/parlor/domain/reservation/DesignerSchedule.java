package io.parlor.domain.reservation;

import io.parlor.domain.shared.InvalidValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * When one designer works in one shop: weekly ranges in the shop's local time (several a day,
 * the gaps being breaks) and days off. A schedule is replaced as a whole.
 */
@AggregateRoot
public final class DesignerSchedule {

    static final int MAX_RANGES = 7 * 12;
    static final int MAX_DAYS_OFF = 1000;

    @Identity
    private final ScheduleId id;
    private final ScheduleState state;

    private DesignerSchedule(ScheduleState state) {
        this.id = state.id();
        this.state = state;
    }

    /**
     * The schedule made of {@code weekly} ranges and {@code daysOff}.
     *
     * @throws InvalidValue (field {@code weekly}) when two ranges of a day overlap or there are
     *                      more than {@value #MAX_RANGES}; (field {@code daysOff}) for more than
     *                      {@value #MAX_DAYS_OFF} days off
     */
    public static DesignerSchedule of(ScheduleId id, List<WorkingHours> weekly, Set<LocalDate> daysOff) {
        if (weekly.size() > MAX_RANGES) {
            throw new InvalidValue("weekly", "allows at most " + MAX_RANGES + " ranges");
        }
        if (daysOff.size() > MAX_DAYS_OFF) {
            throw new InvalidValue("daysOff", "allows at most " + MAX_DAYS_OFF + " days");
        }
        var sorted = new ArrayList<>(weekly);
        sorted.sort(WorkingHours::compare);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new InvalidValue("weekly", "ranges of one day must not overlap");
            }
        }
        return new DesignerSchedule(new ScheduleState(id, sorted, daysOff));
    }

    /** The schedule of a designer whose hours were never set: no working time at all. */
    public static DesignerSchedule none(ScheduleId id) {
        return new DesignerSchedule(new ScheduleState(id, List.of(), Set.of()));
    }

    /** The schedule exactly as stored. */
    public static DesignerSchedule reconstitute(ScheduleState state) {
        return new DesignerSchedule(state);
    }

    /** Every field, for storage. */
    public ScheduleState state() {
        return state;
    }

    public ScheduleId id() {
        return id;
    }

    /** Whether {@code date} is one of the days off. */
    public boolean isDayOff(LocalDate date) {
        return state.daysOff().contains(date);
    }

    /**
     * The real time the designer works on the local {@code date} in {@code zone}, as sorted,
     * non-overlapping spans (adjacent ranges join). Empty on a day off. Local times skipped by a
     * daylight-saving change are not worked; local times that occur twice are worked twice.
     */
    public List<TimeSpan> workingTime(LocalDate date, ZoneId zone) {
        if (isDayOff(date)) {
            return List.of();
        }
        var spans = new ArrayList<TimeSpan>();
        for (WorkingHours range : state.weekly()) {
            if (range.day() == date.getDayOfWeek()) {
                spans.addAll(WallClock.instantsOf(date, range.start(), range.end(), zone));
            }
        }
        return TimeSpan.merge(spans);
    }
}
