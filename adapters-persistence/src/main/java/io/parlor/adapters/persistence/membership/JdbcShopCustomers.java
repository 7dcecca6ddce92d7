package io.parlor.adapters.persistence.membership;

import static io.parlor.adapters.persistence.shared.Sql.batch;
import static io.parlor.adapters.persistence.shared.Sql.first;
import static io.parlor.adapters.persistence.shared.Sql.instant;
import static io.parlor.adapters.persistence.shared.Sql.optionalInstant;
import static io.parlor.adapters.persistence.shared.Sql.query;
import static io.parlor.adapters.persistence.shared.Sql.update;
import static io.parlor.adapters.persistence.shared.Sql.uuid;

import io.micronaut.transaction.TransactionOperations;
import io.parlor.adapters.persistence.shared.Sql;
import io.parlor.application.membership.port.out.CustomerQuery;
import io.parlor.application.membership.port.out.CustomerRecord;
import io.parlor.application.membership.port.out.ShopCustomers;
import io.parlor.domain.membership.CustomerMemo;
import io.parlor.domain.membership.GroupId;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@link ShopCustomers} in the table {@code shop_customers}, names and phones joined from
 * {@code members}, groups from {@code customer_group_members}. Registering is an insert-if-absent
 * ({@code ON CONFLICT DO NOTHING}, hand-written), so that of concurrent registrations exactly one
 * inserts and none fails or aborts the running transaction; a visit is counted by one
 * {@code UPDATE ... SET visits = visits + 1}, so concurrent visits all count.
 */
@Singleton
public final class JdbcShopCustomers implements ShopCustomers {

    /** {@code NOT EXISTS} spares a returning customer's hold H2's exception for the conflict (as in JdbcDeadlines). */
    private static final String REGISTER = """
            INSERT INTO shop_customers (shop_id, member_id, registered_at) SELECT ?, ?, ?
            WHERE NOT EXISTS (SELECT 1 FROM shop_customers WHERE shop_id = ? AND member_id = ?)
            ON CONFLICT DO NOTHING""";
    private static final String SINCE = "SELECT registered_at FROM shop_customers WHERE shop_id = ? AND member_id = ?";
    private static final String SELECT = """
            SELECT c.member_id, m.name, m.phone, c.registered_at, c.visits, c.last_visit_at, c.memo
            FROM shop_customers c JOIN members m ON m.id = c.member_id
            WHERE c.shop_id = ?""";
    private static final String IN_GROUP = """
            (EXISTS (SELECT 1 FROM customer_group_members g
                     WHERE g.shop_id = c.shop_id AND g.group_id = ? AND g.member_id = c.member_id)
             OR c.visits >= ?)""";
    private static final String COUNT = "SELECT COUNT(*) AS n FROM shop_customers c WHERE c.shop_id = ? AND ";
    private static final String GROUPS_OF = """
            SELECT member_id, group_id FROM customer_group_members WHERE shop_id = ? AND member_id = ANY(?)""";
    private static final String VISIT = """
            UPDATE shop_customers SET visits = visits + 1,
                last_visit_at = CASE WHEN last_visit_at IS NULL OR last_visit_at < ? THEN ? ELSE last_visit_at END
            WHERE shop_id = ? AND member_id = ?""";
    private static final String MEMO = "UPDATE shop_customers SET memo = ? WHERE shop_id = ? AND member_id = ?";
    private static final String ADD_TO_GROUP = """
            INSERT INTO customer_group_members (shop_id, group_id, member_id) VALUES (?, ?, ?)
            ON CONFLICT DO NOTHING""";
    private static final String REMOVE_FROM_GROUP =
            "DELETE FROM customer_group_members WHERE shop_id = ? AND group_id = ? AND member_id = ?";
    private static final String ADDED_TO =
            "SELECT 1 FROM customer_group_members WHERE shop_id = ? AND group_id = ? AND member_id = ?";
    /** Never reached by a visit count, so that a group without a rule holds only those added by hand. */
    private static final int NO_RULE = Integer.MAX_VALUE;

    private final Sql sql;

    public JdbcShopCustomers(TransactionOperations<Connection> transactions) {
        this.sql = new Sql(transactions);
    }

    @Override
    public boolean register(ShopId shop, MemberId member, Instant at) {
        return sql.write(connection -> update(connection, REGISTER, shop.value(), member.value(), at, shop.value(),
                member.value()) == 1);
    }

    @Override
    public Optional<Instant> customerSince(ShopId shop, MemberId member) {
        return sql.read(connection -> first(connection, SINCE, row -> instant(row, "registered_at"), shop.value(),
                member.value()));
    }

    @Override
    public Optional<CustomerRecord> find(ShopId shop, MemberId member) {
        return sql.read(connection -> withGroups(connection, shop,
                query(connection, SELECT + " AND c.member_id = ?", JdbcShopCustomers::read, shop.value(),
                        member.value()))).stream().findFirst();
    }

    @Override
    public List<CustomerRecord> page(CustomerQuery query) {
        var where = new StringBuilder(SELECT);
        var parameters = new ArrayList<Object>(List.of(query.shop().value()));
        query.after().ifPresent(after -> {
            where.append(" AND c.member_id > ?");
            parameters.add(after.value());
        });
        query.group().ifPresent(rule -> {
            where.append(" AND ").append(IN_GROUP);
            parameters.add(rule.group().value());
            parameters.add(rule.minVisits().orElse(NO_RULE));
        });
        query.text().ifPresent(text -> {
            where.append(" AND (LOWER(m.name) LIKE ? ESCAPE '\\' OR m.phone LIKE ? ESCAPE '\\')");
            var pattern = "%" + escapeLike(text) + "%";
            parameters.add(pattern.toLowerCase(Locale.ROOT));
            parameters.add(pattern);
        });
        where.append(" ORDER BY c.shop_id, c.member_id LIMIT ?");
        parameters.add(query.limit());
        return sql.read(connection -> withGroups(connection, query.shop(),
                query(connection, where.toString(), JdbcShopCustomers::read, parameters.toArray())));
    }

    @Override
    public long count(ShopId shop, CustomerQuery.GroupRule group) {
        return sql.read(connection -> first(connection, COUNT + IN_GROUP, row -> row.getLong("n"), shop.value(),
                group.group().value(), group.minVisits().orElse(NO_RULE)).orElseThrow());
    }

    @Override
    public void recordVisit(ShopId shop, MemberId member, Instant at) {
        sql.write(connection -> {
            update(connection, REGISTER, shop.value(), member.value(), at, shop.value(), member.value());
            return update(connection, VISIT, at, at, shop.value(), member.value());
        });
    }

    @Override
    public boolean setMemo(ShopId shop, MemberId member, CustomerMemo memo) {
        return sql.write(connection -> update(connection, MEMO, memo.text(), shop.value(), member.value()) == 1);
    }

    @Override
    public void addToGroup(ShopId shop, GroupId group, Set<MemberId> members) {
        var rows = members.stream().map(m -> new Object[] {shop.value(), group.value(), m.value()}).toList();
        sql.write(connection -> {
            batch(connection, ADD_TO_GROUP, rows);
            return null;
        });
    }

    @Override
    public boolean removeFromGroup(ShopId shop, GroupId group, MemberId member) {
        return sql.write(connection ->
                update(connection, REMOVE_FROM_GROUP, shop.value(), group.value(), member.value()) == 1);
    }

    @Override
    public boolean isAddedTo(ShopId shop, GroupId group, MemberId member) {
        return sql.read(connection -> first(connection, ADDED_TO, row -> true, shop.value(), group.value(),
                member.value())).isPresent();
    }

    private record Row(MemberId member, Optional<String> name, Optional<String> phone, Instant since, int visits,
            Optional<Instant> lastVisitAt, CustomerMemo memo) {
    }

    private static Row read(ResultSet row) throws SQLException {
        return new Row(new MemberId(uuid(row, "member_id")), Optional.ofNullable(row.getString("name")),
                Optional.ofNullable(row.getString("phone")), instant(row, "registered_at"), row.getInt("visits"),
                optionalInstant(row, "last_visit_at"), new CustomerMemo(row.getString("memo")));
    }

    /** The rows with the groups each was added to, read for the whole page in one statement. */
    private static List<CustomerRecord> withGroups(Connection connection, ShopId shop, List<Row> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        UUID[] ids = rows.stream().map(r -> r.member().value()).toArray(UUID[]::new);
        var groups = new HashMap<UUID, Set<GroupId>>();
        for (var entry : query(connection, GROUPS_OF, row -> new UUID[] {uuid(row, "member_id"), uuid(row, "group_id")},
                shop.value(), ids)) {
            groups.computeIfAbsent(entry[0], id -> new HashSet<>()).add(new GroupId(entry[1]));
        }
        return rows.stream().map(r -> new CustomerRecord(r.member(), r.name(), r.phone(), r.since(), r.visits(),
                r.lastVisitAt(), r.memo(), groups.getOrDefault(r.member().value(), Set.of()))).toList();
    }

    /** {@code text} as a literal inside a LIKE pattern with {@code \} as the escape character. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
