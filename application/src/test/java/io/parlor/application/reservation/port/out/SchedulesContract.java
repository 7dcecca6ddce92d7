package io.parlor.application.reservation.port.out;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.DesignerSchedule;
import io.parlor.domain.reservation.ScheduleId;
import io.parlor.domain.reservation.WorkingHours;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link Schedules} store does. */
public abstract class SchedulesContract {

    protected abstract Schedules newSubject();

    /** A shop schedules may refer to; a relational subclass overrides it to create one first. */
    protected ShopId existingShop() {
        return new ShopId(UUID.randomUUID());
    }

    /** A member schedules may refer to; a relational subclass overrides it to create one first. */
    protected MemberId existingMember() {
        return new MemberId(UUID.randomUUID());
    }

    private static WorkingHours range(DayOfWeek day, String start, String end) {
        return new WorkingHours(day, LocalTime.parse(start), LocalTime.parse(end));
    }

    @Test
    void readsBackRangesAndDaysOff() {
        var schedules = newSubject();
        var id = new ScheduleId(existingShop(), existingMember());
        var schedule = DesignerSchedule.of(id, List.of(range(MONDAY, "13:00", "18:00"), range(MONDAY, "09:00",
                "12:00"), range(SATURDAY, "10:00", "14:30")), Set.of(LocalDate.of(2026, 12, 25)));

        schedules.put(schedule);

        assertThat(schedules.find(id)).map(DesignerSchedule::state).contains(schedule.state());
        assertThat(schedules.find(new ScheduleId(id.shop(), existingMember()))).isEmpty();
    }

    @Test
    void aNewScheduleReplacesTheWholeOldOne() {
        var schedules = newSubject();
        var id = new ScheduleId(existingShop(), existingMember());
        schedules.put(DesignerSchedule.of(id, List.of(range(MONDAY, "09:00", "12:00")),
                Set.of(LocalDate.of(2026, 12, 25))));
        var next = DesignerSchedule.of(id, List.of(range(SATURDAY, "10:00", "11:00")), Set.of());

        schedules.put(next);

        assertThat(schedules.find(id)).map(DesignerSchedule::state).contains(next.state());
    }
}
