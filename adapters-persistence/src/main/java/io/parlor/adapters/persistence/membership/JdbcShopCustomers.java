package io.parlor.adapters.persistence.membership;

import static io.parlor.adapters.persistence.shared.Sql.first;
import static io.parlor.adapters.persistence.shared.Sql.instant;
import static io.parlor.adapters.persistence.shared.Sql.update;

import io.micronaut.transaction.TransactionOperations;
import io.parlor.adapters.persistence.shared.Sql;
import io.parlor.application.membership.port.out.ShopCustomers;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.Optional;

/**
 * {@link ShopCustomers} in the table {@code shop_customers}. Registering is an insert-if-absent
 * ({@code ON CONFLICT DO NOTHING}, hand-written), so that of concurrent registrations exactly one
 * inserts and none fails or aborts the running transaction.
 */
@Singleton
public final class JdbcShopCustomers implements ShopCustomers {

    private static final String REGISTER = """
            INSERT INTO shop_customers (shop_id, member_id, registered_at) VALUES (?, ?, ?)
            ON CONFLICT DO NOTHING""";
    private static final String SINCE = "SELECT registered_at FROM shop_customers WHERE shop_id = ? AND member_id = ?";

    private final Sql sql;

    public JdbcShopCustomers(TransactionOperations<Connection> transactions) {
        this.sql = new Sql(transactions);
    }

    @Override
    public boolean register(ShopId shop, MemberId member, Instant at) {
        return sql.write(connection -> update(connection, REGISTER, shop.value(), member.value(), at) == 1);
    }

    @Override
    public Optional<Instant> customerSince(ShopId shop, MemberId member) {
        return sql.read(connection -> first(connection, SINCE, row -> instant(row, "registered_at"), shop.value(),
                member.value()));
    }
}
