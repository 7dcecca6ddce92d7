package io.parlor.adapters.persistence.reservation;

import static io.parlor.adapters.persistence.shared.Sql.batch;
import static io.parlor.adapters.persistence.shared.Sql.first;
import static io.parlor.adapters.persistence.shared.Sql.query;
import static io.parlor.adapters.persistence.shared.Sql.update;

import io.micronaut.transaction.TransactionOperations;
import io.parlor.adapters.persistence.shared.Sql;
import io.parlor.application.reservation.port.out.Schedules;
import io.parlor.domain.reservation.DesignerSchedule;
import io.parlor.domain.reservation.ScheduleId;
import io.parlor.domain.reservation.ScheduleState;
import io.parlor.domain.reservation.WorkingHours;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * {@link Schedules} in the tables {@code designer_schedules}, {@code designer_hours} and
 * {@code designer_days_off}. A put makes sure the schedule's row exists, locks it, and replaces
 * every range and day off, so that concurrent puts of one schedule follow one another and the
 * last one is stored whole.
 */
@Singleton
public final class JdbcSchedules implements Schedules {

    private static final String ENSURE =
            "INSERT INTO designer_schedules (shop_id, designer_id) VALUES (?, ?) ON CONFLICT DO NOTHING";
    private static final String LOCK =
            "SELECT shop_id FROM designer_schedules WHERE shop_id = ? AND designer_id = ? FOR UPDATE";
    private static final String EXISTS = "SELECT shop_id FROM designer_schedules WHERE shop_id = ? AND designer_id = ?";
    private static final String DROP_HOURS = "DELETE FROM designer_hours WHERE shop_id = ? AND designer_id = ?";
    private static final String DROP_DAYS_OFF = "DELETE FROM designer_days_off WHERE shop_id = ? AND designer_id = ?";
    private static final String ADD_HOURS = """
            INSERT INTO designer_hours (shop_id, designer_id, day_of_week, start_time, end_time)
            VALUES (?, ?, ?, ?, ?)""";
    private static final String ADD_DAY_OFF =
            "INSERT INTO designer_days_off (shop_id, designer_id, off_day) VALUES (?, ?, ?)";
    private static final String HOURS = """
            SELECT day_of_week, start_time, end_time FROM designer_hours
            WHERE shop_id = ? AND designer_id = ? ORDER BY day_of_week, start_time""";
    private static final String DAYS_OFF =
            "SELECT off_day FROM designer_days_off WHERE shop_id = ? AND designer_id = ?";

    private final Sql sql;

    public JdbcSchedules(TransactionOperations<Connection> transactions) {
        this.sql = new Sql(transactions);
    }

    @Override
    public void put(DesignerSchedule schedule) {
        ScheduleState s = schedule.state();
        Object[] key = {s.id().shop().value(), s.id().designer().value()};
        sql.write(connection -> {
            update(connection, ENSURE, key);
            first(connection, LOCK, row -> true, key);
            update(connection, DROP_HOURS, key);
            update(connection, DROP_DAYS_OFF, key);
            batch(connection, ADD_HOURS, s.weekly().stream().map(range -> new Object[] {key[0], key[1],
                    range.day().getValue(), range.start(), range.end()}).toList());
            batch(connection, ADD_DAY_OFF, s.daysOff().stream().map(day -> new Object[] {key[0], key[1], day})
                    .toList());
            return null;
        });
    }

    @Override
    public Optional<DesignerSchedule> find(ScheduleId id) {
        Object[] key = {id.shop().value(), id.designer().value()};
        return sql.read(connection -> {
            if (first(connection, EXISTS, row -> true, key).isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(DesignerSchedule.reconstitute(new ScheduleState(id, hours(connection, key),
                    new HashSet<>(query(connection, DAYS_OFF, row -> row.getObject("off_day", LocalDate.class),
                            key)))));
        });
    }

    private static List<WorkingHours> hours(Connection connection, Object[] key) throws SQLException {
        return query(connection, HOURS, row -> new WorkingHours(DayOfWeek.of(row.getInt("day_of_week")),
                row.getObject("start_time", LocalTime.class), row.getObject("end_time", LocalTime.class)), key);
    }
}
