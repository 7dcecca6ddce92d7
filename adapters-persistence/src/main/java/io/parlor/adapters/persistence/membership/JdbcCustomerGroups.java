package io.parlor.adapters.persistence.membership;

import static io.parlor.adapters.persistence.shared.Sql.first;
import static io.parlor.adapters.persistence.shared.Sql.query;
import static io.parlor.adapters.persistence.shared.Sql.update;
import static io.parlor.adapters.persistence.shared.Sql.uuid;

import io.micronaut.transaction.TransactionOperations;
import io.parlor.adapters.persistence.shared.Sql;
import io.parlor.application.membership.port.out.CustomerGroups;
import io.parlor.domain.membership.CustomerGroup;
import io.parlor.domain.membership.GroupId;
import io.parlor.domain.membership.ShopId;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link CustomerGroups} in the table {@code customer_groups}. The unique key on
 * {@code (shop_id, name_key)} decides between concurrent adds of one name; the insert skips
 * rather than fails ({@code ON CONFLICT DO NOTHING}), so the running transaction goes on.
 */
@Singleton
public final class JdbcCustomerGroups implements CustomerGroups {

    private static final String INSERT = """
            INSERT INTO customer_groups (id, shop_id, name, name_key, min_visits) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING""";
    private static final String SELECT = "SELECT id, shop_id, name, min_visits FROM customer_groups WHERE shop_id = ?";

    private final Sql sql;

    public JdbcCustomerGroups(TransactionOperations<Connection> transactions) {
        this.sql = new Sql(transactions);
    }

    @Override
    public boolean add(CustomerGroup group) {
        return sql.write(connection -> update(connection, INSERT, group.id().value(), group.shop().value(),
                group.name(), group.name().toLowerCase(Locale.ROOT), group.minVisits().orElse(null)) == 1);
    }

    @Override
    public List<CustomerGroup> ofShop(ShopId shop) {
        return sql.read(connection -> query(connection, SELECT + " ORDER BY name, id", JdbcCustomerGroups::read,
                shop.value()));
    }

    @Override
    public Optional<CustomerGroup> find(ShopId shop, GroupId id) {
        return sql.read(connection -> first(connection, SELECT + " AND id = ?", JdbcCustomerGroups::read, shop.value(),
                id.value()));
    }

    private static CustomerGroup read(ResultSet row) throws SQLException {
        int minVisits = row.getInt("min_visits");
        var rule = row.wasNull() ? Optional.<Integer>empty() : Optional.of(minVisits);
        return CustomerGroup.custom(new GroupId(uuid(row, "id")), new ShopId(uuid(row, "shop_id")),
                row.getString("name"), rule);
    }
}
