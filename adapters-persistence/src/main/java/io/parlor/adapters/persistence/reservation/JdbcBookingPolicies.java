package io.parlor.adapters.persistence.reservation;

import static io.parlor.adapters.persistence.shared.Sql.first;
import static io.parlor.adapters.persistence.shared.Sql.update;

import io.micronaut.transaction.TransactionOperations;
import io.parlor.adapters.persistence.shared.Sql;
import io.parlor.application.reservation.port.out.BookingPolicies;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.BookingRules;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Duration;
import java.util.Optional;

/**
 * {@link BookingPolicies} in the table {@code booking_policies}, durations in whole seconds. A
 * put inserts the row if missing, then updates it, in one transaction: concurrent puts end with
 * one of them in force, never a failure.
 */
@Singleton
public final class JdbcBookingPolicies implements BookingPolicies {

    private static final String INSERT = """
            INSERT INTO booking_policies (shop_id, minimum_notice_seconds, horizon_seconds,
                                          cancellation_cutoff_seconds)
            VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""";
    private static final String UPDATE = """
            UPDATE booking_policies SET minimum_notice_seconds = ?, horizon_seconds = ?,
                                        cancellation_cutoff_seconds = ?
            WHERE shop_id = ?""";
    private static final String SELECT = """
            SELECT minimum_notice_seconds, horizon_seconds, cancellation_cutoff_seconds
            FROM booking_policies WHERE shop_id = ?""";

    private final Sql sql;

    public JdbcBookingPolicies(TransactionOperations<Connection> transactions) {
        this.sql = new Sql(transactions);
    }

    @Override
    public void put(ShopId shop, BookingRules rules) {
        long notice = rules.minimumNotice().toSeconds();
        long horizon = rules.horizon().toSeconds();
        long cutoff = rules.cancellationCutoff().toSeconds();
        sql.write(connection -> {
            if (update(connection, INSERT, shop.value(), notice, horizon, cutoff) == 0) {
                update(connection, UPDATE, notice, horizon, cutoff, shop.value());
            }
            return null;
        });
    }

    @Override
    public Optional<BookingRules> find(ShopId shop) {
        return sql.read(connection -> first(connection, SELECT, row -> new BookingRules(
                Duration.ofSeconds(row.getLong("minimum_notice_seconds")),
                Duration.ofSeconds(row.getLong("horizon_seconds")),
                Duration.ofSeconds(row.getLong("cancellation_cutoff_seconds"))), shop.value()));
    }
}
