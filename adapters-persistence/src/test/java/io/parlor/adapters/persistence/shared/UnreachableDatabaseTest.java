package io.parlor.adapters.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.parlor.application.shared.port.out.StoreUnavailable;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which database failures mean "cannot be reached" (retry later) and which are faults. */
class UnreachableDatabaseTest {

    private static DataAccessException failed(SQLException cause) {
        return new DataAccessException(cause.getMessage(), cause);
    }

    @Test
    void aLostOrRefusedConnectionIsAStoreThatCannotBeReached() {
        assertThat(Sql.unreachableOr(failed(new SQLException("I/O error", "08006")))).isInstanceOf(StoreUnavailable.class);
        assertThat(Sql.unreachableOr(failed(new SQLException("the database system is shutting down", "57P03"))))
                .isInstanceOf(StoreUnavailable.class);
        assertThat(Sql.unreachableOr(failed(new SQLTransientConnectionException("pool timed out"))))
                .isInstanceOf(StoreUnavailable.class);
        assertThat(Sql.unreachableOr(new ConnectionException("could not set read-only", new SQLException("closed"))))
                .isInstanceOf(StoreUnavailable.class);
    }

    @Test
    void aRefusedStatementOrABugStaysWhatItIs() {
        var duplicate = failed(new SQLException("duplicate key", "23505"));
        var bug = new IllegalStateException("a bug");

        assertThat(Sql.unreachableOr(duplicate)).isSameAs(duplicate);
        assertThat(Sql.unreachableOr(bug)).isSameAs(bug);
    }

    @Test
    void anOutageAlreadyNamedIsNotWrappedAgain() {
        var outage = new StoreUnavailable("the database", new SQLException("I/O error", "08006"));

        assertThat(Sql.unreachableOr(outage)).isSameAs(outage);
    }
}
