package io.parlor.adapters.persistence.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.data.exceptions.DataAccessException;
import io.parlor.adapters.persistence.shared.TestDatabase;
import io.parlor.application.reservation.port.out.Schedules;
import io.parlor.application.reservation.port.out.SchedulesContract;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.DesignerSchedule;
import io.parlor.domain.reservation.ScheduleId;
import io.parlor.domain.reservation.WorkingHours;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The schedules contract on one database; subclasses say which. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcSchedulesSuite extends SchedulesContract {

    @RegisterExtension
    final TestDatabase database;

    protected JdbcSchedulesSuite(TestDatabase database) {
        this.database = database;
    }

    @Override
    protected Schedules newSubject() {
        return database.bean(JdbcSchedules.class);
    }

    @Override
    protected ShopId existingShop() {
        return new StoredFacts(database).shop();
    }

    @Override
    protected MemberId existingMember() {
        return new StoredFacts(database).member();
    }

    @Test
    void aScheduleOfADesignerWhoIsNotStoredIsRefusedWhole() {
        var schedules = newSubject();
        var id = new ScheduleId(existingShop(), new MemberId(UUID.randomUUID()));
        var schedule = DesignerSchedule.of(id, List.of(new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(9, 0),
                LocalTime.of(12, 0))), Set.of());

        assertThatThrownBy(() -> schedules.put(schedule)).isInstanceOf(DataAccessException.class);
        assertThat(schedules.find(id)).isEmpty();
    }
}
