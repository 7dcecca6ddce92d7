package io.parlor.adapters.persistence.reservation;

import static io.parlor.adapters.persistence.shared.Sql.first;
import static io.parlor.adapters.persistence.shared.Sql.query;
import static io.parlor.adapters.persistence.shared.Sql.update;
import static io.parlor.adapters.persistence.shared.Sql.uuid;

import io.micronaut.transaction.TransactionOperations;
import io.parlor.adapters.persistence.shared.Sql;
import io.parlor.application.reservation.port.out.Catalog;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.BookableService;
import io.parlor.domain.reservation.Price;
import io.parlor.domain.reservation.ServiceId;
import io.parlor.domain.reservation.ServiceName;
import io.parlor.domain.reservation.ServiceState;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@link Catalog} in the table {@code shop_services}, listed by an identity column that numbers
 * services in the order they were added. Services are never updated.
 */
@Singleton
public final class JdbcCatalog implements Catalog {

    private static final String SELECT =
            "SELECT id, shop_id, name, duration_minutes, buffer_minutes, price FROM shop_services";
    /** Inserts nothing when the id is taken, leaving the running transaction usable. */
    private static final String INSERT = """
            INSERT INTO shop_services (id, shop_id, name, duration_minutes, buffer_minutes, price)
            VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""";

    private final Sql sql;

    public JdbcCatalog(TransactionOperations<Connection> transactions) {
        this.sql = new Sql(transactions);
    }

    @Override
    public void add(BookableService service) {
        ServiceState s = service.state();
        int inserted = sql.write(connection -> update(connection, INSERT, s.id().value(), s.shop().value(),
                s.name().value(), (int) s.duration().toMinutes(), (int) s.buffer().toMinutes(), s.price().amount()));
        if (inserted == 0) {
            throw new IllegalStateException("a service with this id exists: " + s.id());
        }
    }

    @Override
    public Optional<BookableService> findById(ServiceId id) {
        return sql.read(connection -> first(connection, SELECT + " WHERE id = ?", JdbcCatalog::read, id.value()));
    }

    @Override
    public List<BookableService> ofShop(ShopId shop) {
        return sql.read(connection -> query(connection, SELECT + " WHERE shop_id = ? ORDER BY added_seq",
                JdbcCatalog::read, shop.value()));
    }

    private static BookableService read(ResultSet row) throws SQLException {
        return BookableService.reconstitute(new ServiceState(new ServiceId(uuid(row, "id")),
                new ShopId(uuid(row, "shop_id")), new ServiceName(row.getString("name")),
                Duration.ofMinutes(row.getInt("duration_minutes")), new Price(row.getBigDecimal("price")),
                Duration.ofMinutes(row.getInt("buffer_minutes"))));
    }
}
