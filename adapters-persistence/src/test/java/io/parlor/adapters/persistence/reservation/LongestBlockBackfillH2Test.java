package io.parlor.adapters.persistence.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.adapters.persistence.shared.TestDatabases;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration V11 fills in each locked designer's longest blocked time from the reservations that
 * were stored before it: migrated to V10, given reservations, then migrated to V11.
 */
class LongestBlockBackfillH2Test {

    private final UUID owner = UUID.randomUUID();
    private final UUID shop = UUID.randomUUID();

    /** A fresh database, or schema, that Flyway migrates and the test writes to. */
    protected record Target(String url, String user, String password, String schema) {
    }

    protected Target target() {
        return new Target("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + TestDatabases.H2_OPTIONS, "sa", "",
                null);
    }

    protected void dispose(Target target) throws SQLException {
    }

    @Test
    void eachLockedDesignerGetsItsLongestReservationInWholeSecondsRoundedUp() throws SQLException {
        var target = target();
        try {
            migrate(target, "10");
            var long90 = UUID.randomUUID();
            var halfMinute = UUID.randomUUID();
            var idle = UUID.randomUUID();
            try (var connection = connect(target)) {
                member(connection, owner);
                for (UUID designer : new UUID[] {long90, halfMinute, idle}) {
                    member(connection, designer);
                    execute(connection, "INSERT INTO designer_locks (designer_id) VALUES (?)", designer);
                }
                execute(connection, "INSERT INTO shops (id, code, name, time_zone, slot_minutes, owner_id, opened_at) "
                        + "VALUES (?, ?, 'Backfill', 'Asia/Seoul', 30, ?, ?)", shop, "b" + shop.toString().substring(0, 8),
                        owner, at("2026-01-01T00:00:00Z"));
                reservation(connection, long90, "2026-03-02T01:00:00Z", "2026-03-02T02:00:00Z", "2026-03-02T02:30:00Z");
                reservation(connection, long90, "2026-03-03T01:00:00Z", "2026-03-03T01:30:00Z", "2026-03-03T01:40:00Z");
                reservation(connection, halfMinute, "2026-03-02T01:00:00Z", "2026-03-02T01:00:20Z",
                        "2026-03-02T01:00:30.500Z");
            }

            migrate(target, "11");

            try (var connection = connect(target)) {
                assertThat(longest(connection)).isEqualTo(Map.of(long90, 5400L, halfMinute, 31L, idle, 0L));
            }
        } finally {
            dispose(target);
        }
    }

    private static void migrate(Target target, String version) {
        var configuration = Flyway.configure().dataSource(target.url(), target.user(), target.password())
                .locations("classpath:db/migration").target(version);
        if (target.schema() != null) {
            configuration.schemas(target.schema());
        }
        configuration.load().migrate();
    }

    private static Connection connect(Target target) throws SQLException {
        var connection = DriverManager.getConnection(target.url(), target.user(), target.password());
        if (target.schema() != null) {
            connection.setSchema(target.schema());
        }
        return connection;
    }

    private static void member(Connection connection, UUID id) throws SQLException {
        execute(connection, "INSERT INTO members (id, email, email_verified, joined_at, tokens_not_before) "
                + "VALUES (?, ?, TRUE, ?, ?)", id, id + "@backfill.test", at("2026-01-01T00:00:00Z"),
                at("2026-01-01T00:00:00Z"));
    }

    private void reservation(Connection connection, UUID designer, String start, String end, String blockedUntil)
            throws SQLException {
        execute(connection, "INSERT INTO reservations (id, shop_id, designer_id, customer_id, start_at, end_at, "
                + "blocked_until, price, status, hold_expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 'CONFIRMED', ?, ?)",
                UUID.randomUUID(), shop, designer, owner, at(start), at(end), at(blockedUntil), at(start),
                at("2026-01-01T00:00:00Z"));
    }

    private static Map<UUID, Long> longest(Connection connection) throws SQLException {
        var longest = new HashMap<UUID, Long>();
        try (var rows = connection.createStatement()
                .executeQuery("SELECT designer_id, longest_blocked_seconds FROM designer_locks")) {
            while (rows.next()) {
                longest.put(rows.getObject(1, UUID.class), rows.getLong(2));
            }
        }
        return longest;
    }

    private static Timestamp at(String instant) {
        return Timestamp.from(Instant.parse(instant));
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
