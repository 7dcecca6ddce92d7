package io.parlor.adapters.persistence.reservation;

import java.sql.DriverManager;
import java.sql.SQLException;

/** The same upgrade on PostgreSQL, in a schema of its own that is dropped afterwards. */
class LongestBlockBackfillPostgresIT extends LongestBlockBackfillH2Test {

    @Override
    protected Target target() {
        String url = System.getProperty("parlor.test.postgres.url", "");
        if (url.isBlank() || url.startsWith("${")) {
            throw new IllegalStateException("set parlor.test.postgres.url (scripts/test.sh starts a PostgreSQL and does)");
        }
        return new Target(url, System.getProperty("parlor.test.postgres.username"),
                System.getProperty("parlor.test.postgres.password"), "backfill_" + System.nanoTime());
    }

    @Override
    protected void dispose(Target target) throws SQLException {
        try (var connection = DriverManager.getConnection(target.url(), target.user(), target.password());
             var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + target.schema() + " CASCADE");
        }
    }
}
