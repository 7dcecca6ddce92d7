package io.parlor.adapters.persistence.reservation;

import static io.parlor.adapters.persistence.shared.Sql.instant;
import static io.parlor.adapters.persistence.shared.Sql.markers;
import static io.parlor.adapters.persistence.shared.Sql.query;
import static io.parlor.adapters.persistence.shared.Sql.uuid;

import io.parlor.adapters.persistence.shared.Sql;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.IdempotencyKey;
import io.parlor.domain.reservation.Price;
import io.parlor.domain.reservation.Reservation;
import io.parlor.domain.reservation.ReservationId;
import io.parlor.domain.reservation.ReservationState;
import io.parlor.domain.reservation.ReservationStatus;
import io.parlor.domain.reservation.ServiceId;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * How a {@link Reservation} maps to a row of {@code reservations} and its booked services to
 * rows of {@code reservation_services}: the columns, the parameters of the writes, and reading
 * rows back with their services.
 */
final class ReservationRows {

    static final String COLUMNS = "id, shop_id, designer_id, customer_id, start_at, end_at, blocked_until, price, "
            + "status, hold_expires_at, note, idempotency_key, created_at";
    static final String SELECT = "SELECT " + COLUMNS + " FROM reservations";
    /** Inserts nothing when the id, or the customer's idempotency key, is taken. */
    static final String INSERT = "INSERT INTO reservations (" + COLUMNS + ") "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    static final String UPDATE = """
            UPDATE reservations SET shop_id = ?, designer_id = ?, customer_id = ?, start_at = ?, end_at = ?,
                   blocked_until = ?, price = ?, status = ?, hold_expires_at = ?, note = ?, idempotency_key = ?,
                   created_at = ?
            WHERE id = ?""";
    static final String INSERT_SERVICE =
            "INSERT INTO reservation_services (reservation_id, item_no, service_id) VALUES (?, ?, ?)";
    /** Most ids bound in one {@code IN (...)} list. */
    private static final int CHUNK = 500;

    private ReservationRows() {
    }

    static Object[] inserted(ReservationState s) {
        return new Object[] {s.id().value(), s.shop().value(), s.designer().value(), s.customer().value(),
            s.startAt(), s.endAt(), s.blockedUntil(), s.price().amount(), s.status(), s.holdExpiresAt(),
            s.note().orElse(null), s.idempotencyKey().map(IdempotencyKey::value).orElse(null), s.createdAt()};
    }

    static Object[] updated(ReservationState s) {
        return new Object[] {s.shop().value(), s.designer().value(), s.customer().value(), s.startAt(), s.endAt(),
            s.blockedUntil(), s.price().amount(), s.status(), s.holdExpiresAt(), s.note().orElse(null),
            s.idempotencyKey().map(IdempotencyKey::value).orElse(null), s.createdAt(), s.id().value()};
    }

    static List<Object[]> services(ReservationState s) {
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < s.services().size(); i++) {
            rows.add(new Object[] {s.id().value(), i, s.services().get(i).value()});
        }
        return rows;
    }

    /** The reservations {@code select} finds, in its order, each with its booked services. */
    static List<Reservation> load(Connection connection, String select, Object... parameters) throws SQLException {
        List<Row> rows = query(connection, select, ReservationRows::read, parameters);
        var services = servicesOf(connection, rows.stream().map(Row::id).toList());
        var loaded = new ArrayList<Reservation>(rows.size());
        for (Row row : rows) {
            loaded.add(Reservation.reconstitute(row.withServices().apply(services.getOrDefault(row.id(), List.of()))));
        }
        return loaded;
    }

    static Optional<Reservation> loadOne(Connection connection, String select, Object... parameters)
            throws SQLException {
        return load(connection, select, parameters).stream().findFirst();
    }

    private static Map<UUID, List<ServiceId>> servicesOf(Connection connection, List<UUID> ids) throws SQLException {
        var byReservation = new HashMap<UUID, List<ServiceId>>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            var chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            var select = "SELECT reservation_id, service_id FROM reservation_services WHERE reservation_id IN ("
                    + markers(chunk.size()) + ") ORDER BY reservation_id, item_no";
            for (Item item : query(connection, select,
                    row -> new Item(uuid(row, "reservation_id"), new ServiceId(uuid(row, "service_id"))),
                    chunk.toArray())) {
                byReservation.computeIfAbsent(item.reservation(), id -> new ArrayList<>()).add(item.service());
            }
        }
        return byReservation;
    }

    private static Row read(ResultSet row) throws SQLException {
        var id = new ReservationId(uuid(row, "id"));
        var shop = new ShopId(uuid(row, "shop_id"));
        var designer = new MemberId(uuid(row, "designer_id"));
        var customer = new MemberId(uuid(row, "customer_id"));
        var startAt = instant(row, "start_at");
        var endAt = instant(row, "end_at");
        var blockedUntil = instant(row, "blocked_until");
        var price = new Price(row.getBigDecimal("price"));
        var status = ReservationStatus.valueOf(row.getString("status"));
        var holdExpiresAt = instant(row, "hold_expires_at");
        var note = Optional.ofNullable(row.getString("note"));
        var key = Optional.ofNullable(row.getString("idempotency_key")).map(IdempotencyKey::new);
        var createdAt = instant(row, "created_at");
        return new Row(id.value(), services -> new ReservationState(id, shop, designer, customer, services, startAt,
                endAt, blockedUntil, price, status, holdExpiresAt, note, key, createdAt));
    }

    /** A row of {@code reservations}: the state as soon as its services, kept in another table, are known. */
    private record Row(UUID id, Function<List<ServiceId>, ReservationState> withServices) {
    }

    /** A row of {@code reservation_services}. */
    private record Item(UUID reservation, ServiceId service) {
    }
}
