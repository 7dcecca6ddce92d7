package io.parlor.adapters.persistence.membership;

import static io.parlor.adapters.persistence.shared.Sql.first;
import static io.parlor.adapters.persistence.shared.Sql.instant;
import static io.parlor.adapters.persistence.shared.Sql.query;
import static io.parlor.adapters.persistence.shared.Sql.update;
import static io.parlor.adapters.persistence.shared.Sql.uuid;

import io.micronaut.transaction.TransactionOperations;
import io.parlor.adapters.persistence.shared.Sql;
import io.parlor.application.membership.port.out.Shops;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.Role;
import io.parlor.domain.membership.Shop;
import io.parlor.domain.membership.ShopCode;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.membership.ShopName;
import io.parlor.domain.membership.ShopState;
import io.parlor.domain.membership.SlotMinutes;
import io.parlor.domain.shared.ShopNotFound;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@link Shops} in the tables {@code shops} and {@code shop_designers}; each method joins the
 * running transaction or runs in one of its own. Hand-written SQL, for {@code ON CONFLICT DO
 * NOTHING} and {@code FOR UPDATE}.
 */
@Singleton
public final class JdbcShops implements Shops {

    private static final String SELECT =
            "SELECT id, code, name, time_zone, slot_minutes, owner_id, opened_at FROM shops";
    /** Inserts nothing when the id or the code is taken, leaving the transaction usable. */
    private static final String INSERT = """
            INSERT INTO shops (id, code, name, time_zone, slot_minutes, owner_id, opened_at)
            VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";
    private static final String UPDATE = """
            UPDATE shops SET code = ?, name = ?, time_zone = ?, slot_minutes = ?, owner_id = ?, opened_at = ?
            WHERE id = ?""";
    private static final String DESIGNERS = "SELECT member_id FROM shop_designers WHERE shop_id = ?";
    private static final String ADD_DESIGNER = "INSERT INTO shop_designers (shop_id, member_id) VALUES (?, ?)";
    private static final String DROP_DESIGNERS = "DELETE FROM shop_designers WHERE shop_id = ?";
    private static final String STAFFED_BY = """
            SELECT id FROM shops WHERE owner_id = ?
            UNION SELECT shop_id AS id FROM shop_designers WHERE member_id = ?""";
    private static final String STAFF_ROLES = """
            SELECT EXISTS (SELECT 1 FROM shops WHERE owner_id = ?) AS owns,
                   EXISTS (SELECT 1 FROM shop_designers WHERE member_id = ?) AS designs""";

    private final Sql sql;

    public JdbcShops(TransactionOperations<Connection> transactions) {
        this.sql = new Sql(transactions);
    }

    @Override
    public boolean add(Shop shop) {
        ShopState s = shop.state();
        return sql.write(connection -> {
            if (update(connection, INSERT, s.id().value(), s.code().value(), s.name().value(), s.timeZone().getId(),
                    s.slotMinutes().value(), s.owner().value(), s.openedAt()) == 0) {
                return false;
            }
            addDesigners(connection, s);
            return true;
        });
    }

    @Override
    public void save(Shop shop) {
        ShopState s = shop.state();
        boolean saved = sql.write(connection -> {
            if (update(connection, UPDATE, s.code().value(), s.name().value(), s.timeZone().getId(),
                    s.slotMinutes().value(), s.owner().value(), s.openedAt(), s.id().value()) == 0) {
                return false;
            }
            update(connection, DROP_DESIGNERS, s.id().value());
            addDesigners(connection, s);
            return true;
        });
        if (!saved) {
            throw new ShopNotFound();
        }
    }

    @Override
    public Optional<Shop> findById(ShopId id) {
        return sql.read(connection -> load(connection, SELECT + " WHERE id = ?", id.value()));
    }

    @Override
    public Optional<Shop> lockById(ShopId id) {
        return sql.write(connection -> load(connection, SELECT + " WHERE id = ? FOR UPDATE", id.value()));
    }

    @Override
    public Optional<Shop> findByCode(ShopCode code) {
        return sql.read(connection -> load(connection, SELECT + " WHERE code = ?", code.value()));
    }

    @Override
    public Set<Role> staffRolesOf(MemberId member) {
        return sql.read(connection -> first(connection, STAFF_ROLES, row -> {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            if (row.getBoolean("owns")) {
                roles.add(Role.OWNER);
            }
            if (row.getBoolean("designs")) {
                roles.add(Role.DESIGNER);
            }
            return roles;
        }, member.value(), member.value()).orElseThrow());
    }

    @Override
    public List<ShopId> staffedBy(MemberId member) {
        return sql.read(connection -> query(connection, STAFFED_BY, row -> new ShopId(uuid(row, "id")), member.value(),
                member.value()));
    }

    private static Optional<Shop> load(Connection connection, String select, Object key) throws SQLException {
        Optional<ShopRow> found = first(connection, select, JdbcShops::read, key);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var designers = new HashSet<>(query(connection, DESIGNERS, row -> new MemberId(uuid(row, "member_id")),
                found.get().id().value()));
        return Optional.of(Shop.reconstitute(found.get().withDesigners().apply(designers)));
    }

    private static ShopRow read(ResultSet row) throws SQLException {
        var id = new ShopId(uuid(row, "id"));
        var code = new ShopCode(row.getString("code"));
        var name = new ShopName(row.getString("name"));
        var zone = ZoneId.of(row.getString("time_zone"));
        var slot = new SlotMinutes(row.getInt("slot_minutes"));
        var owner = new MemberId(uuid(row, "owner_id"));
        var openedAt = instant(row, "opened_at");
        return new ShopRow(id, designers -> new ShopState(id, code, name, zone, slot, owner, designers, openedAt));
    }

    private static void addDesigners(Connection connection, ShopState state) throws SQLException {
        for (MemberId designer : state.designers()) {
            update(connection, ADD_DESIGNER, state.id().value(), designer.value());
        }
    }

    /** A row of {@code shops}: the shop as soon as its designers, kept in another table, are known. */
    private record ShopRow(ShopId id, Function<Set<MemberId>, ShopState> withDesigners) {
    }
}
