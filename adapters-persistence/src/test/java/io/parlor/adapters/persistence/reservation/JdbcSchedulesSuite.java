package io.parlor.adapters.persistence.reservation;

import io.parlor.adapters.persistence.shared.TestDatabase;
import io.parlor.application.reservation.port.out.Schedules;
import io.parlor.application.reservation.port.out.SchedulesContract;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
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
}
