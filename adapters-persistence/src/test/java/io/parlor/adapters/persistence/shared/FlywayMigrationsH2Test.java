package io.parlor.adapters.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class FlywayMigrationsH2Test {

    @Test
    void migratesAnEmptyDatabaseWithoutAFailedStep() {
        try (ApplicationContext context = startContext()) {
            TransactionOperations<Connection> tx = context.getBean(Argument.of(TransactionOperations.class, Connection.class));

            int failed = tx.executeRead(status -> countFailedMigrations(status.getConnection()));

            assertThat(failed).isZero();
        }
    }

    protected ApplicationContext startContext() {
        return TestDatabases.h2();
    }

    private static int countFailedMigrations(Connection connection) {
        try (var rows = connection.createStatement()
                .executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
