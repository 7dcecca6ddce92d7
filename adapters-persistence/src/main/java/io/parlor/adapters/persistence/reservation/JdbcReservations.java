package io.parlor.adapters.persistence.reservation;

import static io.parlor.adapters.persistence.reservation.ReservationRows.SELECT;
import static io.parlor.adapters.persistence.reservation.ReservationRows.load;
import static io.parlor.adapters.persistence.reservation.ReservationRows.loadOne;
import static io.parlor.adapters.persistence.shared.Sql.batch;
import static io.parlor.adapters.persistence.shared.Sql.first;
import static io.parlor.adapters.persistence.shared.Sql.update;

import io.micronaut.transaction.TransactionOperations;
import io.parlor.adapters.persistence.shared.Sql;
import io.parlor.application.reservation.port.out.ReservationPosition;
import io.parlor.application.reservation.port.out.Reservations;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.IdempotencyKey;
import io.parlor.domain.reservation.Reservation;
import io.parlor.domain.reservation.ReservationId;
import io.parlor.domain.reservation.ReservationNotFound;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@link Reservations} in the tables {@code reservations} and {@code reservation_services};
 * each method joins the running transaction or runs in one of its own.
 *
 * <p>{@link #lockDesigner} locks the designer's row of {@code designer_locks} with
 * {@code SELECT ... FOR UPDATE} until the transaction ends; only when the row is missing (the
 * designer's first booking) does it insert it ({@code ON CONFLICT DO NOTHING}: a concurrent first
 * insert waits for the other one and then does nothing) and lock it again. At
 * READ COMMITTED every later statement of the transaction sees what the units that held the
 * lock before committed, so {@link #blockingOverlaps} after the lock answers from complete
 * data. The lock row lives in the database every instance shares, which is what makes the
 * guarantee hold across instances.
 *
 * <p>The lock row also keeps the designer's longest blocked time, raised by {@link #add} (a move
 * keeps a reservation's blocked time), so that {@link #blockingOverlaps} reads only reservations
 * that start late enough to reach the window: its cost stays flat as the history grows.
 */
@Singleton
public final class JdbcReservations implements Reservations {

    /** The first booking's row starts with the longest blocked time of any reservation already stored. */
    private static final String ENSURE_LOCK = """
            INSERT INTO designer_locks (designer_id, longest_blocked_seconds)
            SELECT ?, COALESCE(CAST(CEILING(MAX(EXTRACT(EPOCH FROM blocked_until) - EXTRACT(EPOCH FROM start_at)))
                   AS BIGINT), 0)
            FROM reservations WHERE designer_id = ?
            ON CONFLICT DO NOTHING""";
    private static final String LOCK = "SELECT designer_id FROM designer_locks WHERE designer_id = ? FOR UPDATE";
    private static final String LONGEST = "SELECT longest_blocked_seconds FROM designer_locks WHERE designer_id = ?";
    private static final String RAISE_LONGEST = """
            UPDATE designer_locks SET longest_blocked_seconds = ?
            WHERE designer_id = ? AND longest_blocked_seconds < ?""";
    /** Held and unexpired at the instant given, or confirmed, and overlapping the window. */
    private static final String BLOCKING = SELECT + " " + """
            WHERE designer_id = ? AND start_at < ? AND blocked_until > ?
              AND (status = 'CONFIRMED' OR (status = 'HELD' AND hold_expires_at > ?))
            ORDER BY start_at, id""";
    /** {@link #BLOCKING} among the reservations that start late enough to reach the window. */
    private static final String BLOCKING_NEAR = SELECT + " " + """
            WHERE designer_id = ? AND start_at < ? AND start_at >= ? AND blocked_until > ?
              AND (status = 'CONFIRMED' OR (status = 'HELD' AND hold_expires_at > ?))
            ORDER BY start_at, id""";
    private static final String BY_ID = SELECT + " WHERE id = ?";
    private static final String BY_KEY = SELECT + " WHERE customer_id = ? AND idempotency_key = ?";
    private static final String OF_CUSTOMER = SELECT + " WHERE customer_id = ? ORDER BY start_at DESC, id DESC LIMIT ?";
    private static final String OF_CUSTOMER_AFTER = SELECT + " " + """
            WHERE customer_id = ? AND (start_at < ? OR (start_at = ? AND id < ?))
            ORDER BY start_at DESC, id DESC LIMIT ?""";
    private static final String OF_SHOP = SELECT + " WHERE shop_id = ? AND start_at >= ? AND start_at < ?"
            + " ORDER BY start_at, id";
    private static final String OF_SHOP_DESIGNER = SELECT
            + " WHERE shop_id = ? AND designer_id = ? AND start_at >= ? AND start_at < ? ORDER BY start_at, id";
    /** Rows another sweeper has claimed are skipped rather than waited for. */
    private static final String HELD_EXPIRED = SELECT + " " + """
            WHERE status = 'HELD' AND hold_expires_at <= ?
            ORDER BY hold_expires_at, id LIMIT ? FOR UPDATE SKIP LOCKED""";

    private final Sql sql;

    public JdbcReservations(TransactionOperations<Connection> transactions) {
        this.sql = new Sql(transactions);
    }

    @Override
    public void lockDesigner(MemberId designer) {
        sql.write(connection -> {
            // one statement in the common case, where the row exists since the first booking
            if (first(connection, LOCK, row -> true, designer.value()).isPresent()) {
                return true;
            }
            update(connection, ENSURE_LOCK, designer.value(), designer.value());
            return first(connection, LOCK, row -> true, designer.value()).orElseThrow();
        });
    }

    @Override
    public List<Reservation> blockingOverlaps(MemberId designer, Instant from, Instant until, Instant now) {
        return sql.read(connection -> {
            var longest = first(connection, LONGEST, row -> row.getLong(1), designer.value());
            if (longest.isEmpty()) { // never locked: no bound is kept yet, so every earlier start is read
                return load(connection, BLOCKING, designer.value(), until, from, now);
            }
            return load(connection, BLOCKING_NEAR, designer.value(), until, from.minusSeconds(longest.get()), from,
                    now);
        });
    }

    @Override
    public boolean add(Reservation reservation) {
        var state = reservation.state();
        return sql.write(connection -> {
            if (update(connection, ReservationRows.INSERT, ReservationRows.inserted(state)) == 0) {
                return false;
            }
            batch(connection, ReservationRows.INSERT_SERVICE, ReservationRows.services(state));
            long blocked = blockedSeconds(state.startAt(), state.blockedUntil());
            update(connection, RAISE_LONGEST, blocked, state.designer().value(), blocked);
            return true;
        });
    }

    /** Services are written once, by {@link #add}: no transition changes what was booked. */
    @Override
    public void save(Reservation reservation) {
        var state = reservation.state();
        int updated = sql.write(connection -> update(connection, ReservationRows.UPDATE,
                ReservationRows.updated(state)));
        if (updated == 0) {
            throw new ReservationNotFound();
        }
    }

    @Override
    public Optional<Reservation> findById(ReservationId id) {
        return sql.read(connection -> loadOne(connection, BY_ID, id.value()));
    }

    @Override
    public Optional<Reservation> lockById(ReservationId id) {
        return sql.write(connection -> loadOne(connection, BY_ID + " FOR UPDATE", id.value()));
    }

    @Override
    public Optional<Reservation> findByIdempotencyKey(MemberId customer, IdempotencyKey key) {
        return sql.read(connection -> loadOne(connection, BY_KEY, customer.value(), key.value()));
    }

    @Override
    public List<Reservation> ofCustomer(MemberId customer, Optional<ReservationPosition> after, int limit) {
        return sql.read(connection -> after.isEmpty()
                ? load(connection, OF_CUSTOMER, customer.value(), limit)
                : load(connection, OF_CUSTOMER_AFTER, customer.value(), after.get().startAt(),
                        after.get().startAt(), after.get().id().value(), limit));
    }

    @Override
    public List<Reservation> ofShop(ShopId shop, Optional<MemberId> designer, Instant from, Instant until) {
        return sql.read(connection -> designer.isEmpty()
                ? load(connection, OF_SHOP, shop.value(), from, until)
                : load(connection, OF_SHOP_DESIGNER, shop.value(), designer.get().value(), from, until));
    }

    @Override
    public List<Reservation> heldExpiredBy(Instant now, int limit) {
        return sql.write(connection -> load(connection, HELD_EXPIRED, now, limit));
    }

    private static long blockedSeconds(Instant start, Instant blockedUntil) {
        var blocked = Duration.between(start, blockedUntil);
        return blocked.getSeconds() + (blocked.getNano() > 0 ? 1 : 0);
    }
}
