package io.parlor.adapters.persistence.membership;

import io.parlor.adapters.persistence.shared.Sql;
import io.parlor.domain.membership.LockoutPolicy;
import io.parlor.domain.membership.LoginFailures;
import io.parlor.domain.membership.MemberId;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * {@link LoginFailures#afterFailure} as one {@code UPDATE}, so that the database applies it to the
 * row atomically: concurrent failures queue on the row lock and each sees the count the previous
 * one left. Every {@code SET} expression reads the row as it was before the statement. A missing
 * lock makes both comparisons unknown, so neither {@code WHEN} applies:
 * <ul>
 * <li>a lock that has passed ({@code locked_until <= now}) is forgotten and the count restarts at 1;
 * <li>a lock in force ({@code locked_until > now}) is kept as it is, while the failure still counts;
 * <li>otherwise the failure that brings the count to the threshold locks until {@code now + lockFor}.
 * </ul>
 */
final class FailedLogins {

    private static final String RECORD = """
            UPDATE members SET
                failed_logins = CASE WHEN locked_until <= ? THEN 1 ELSE failed_logins + 1 END,
                locked_until = CASE
                    WHEN locked_until > ? THEN locked_until
                    WHEN (CASE WHEN locked_until <= ? THEN 1 ELSE failed_logins + 1 END) >= ? THEN ?
                    ELSE NULL
                END
            WHERE id = ?""";

    private FailedLogins() {
    }

    /**
     * Counts one failure of {@code member} at {@code now}; the caller reads the result back in the
     * same transaction, which holds the row lock until it ends.
     *
     * @return whether the member exists
     */
    static boolean record(Connection connection, MemberId member, Instant now, LockoutPolicy policy)
            throws SQLException {
        return Sql.update(connection, RECORD, now, now, now, policy.threshold(), now.plus(policy.lockFor()),
                member.value()) == 1;
    }
}
