package io.parlor.domain.reservation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Every field of a {@link DesignerSchedule}, for storage adapters.
 *
 * @param weekly  the weekly ranges, sorted by day and start, none overlapping another
 * @param daysOff local dates on which the designer does not work, whatever the weekly hours say
 */
public record ScheduleState(ScheduleId id, List<WorkingHours> weekly, Set<LocalDate> daysOff) {

    public ScheduleState {
        Objects.requireNonNull(id, "id");
        weekly = List.copyOf(weekly);
        daysOff = Set.copyOf(daysOff);
    }
}
