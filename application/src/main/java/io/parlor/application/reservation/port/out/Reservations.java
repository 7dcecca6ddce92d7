package io.parlor.application.reservation.port.out;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.IdempotencyKey;
import io.parlor.domain.reservation.Reservation;
import io.parlor.domain.reservation.ReservationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The stored reservations. Reads return fresh {@link Reservation} objects.
 *
 * <p><b>No double booking.</b> Two reservations of one designer that block time (stored
 * {@code HELD} with {@code holdExpiresAt} after the time asked about, or {@code CONFIRMED}) must
 * never overlap on {@code [startAt, blockedUntil)}, with any number of application instances.
 * The guarantee is split: this store serialises writers per designer ({@link #lockDesigner})
 * and answers {@link #blockingOverlaps} with everything committed before the lock was granted;
 * a use case that writes a reservation's time or makes it block again does, in one unit of work
 * of the {@code TransactionRunner}: {@code lockDesigner}, then {@code blockingOverlaps}, then
 * {@link #add} or {@link #save} only if nothing else overlaps. A JDBC store locks a row per
 * designer ({@code SELECT ... FOR UPDATE}, the row inserted first if missing) so that the check
 * and the write of one unit happen while no other unit can check the same designer.
 */
public interface Reservations {

    /**
     * Holds the designer's lock until the current unit of work ends (commit or rollback);
     * waits while another unit, on any instance, holds it. Called again in the same unit it
     * returns at once. The lock is per designer, across shops: one person cannot serve twice.
     * Must be called inside a unit of work.
     */
    void lockDesigner(MemberId designer);

    /**
     * The designer's reservations, in every shop, that block time at {@code now} and whose
     * {@code [startAt, blockedUntil)} overlaps {@code [from, until)}, ordered by start. Judged
     * against {@code now} as given, never the store's own clock. After {@link #lockDesigner} in
     * the same unit, includes every reservation committed by units that held the lock earlier.
     */
    List<Reservation> blockingOverlaps(MemberId designer, Instant from, Instant until, Instant now);

    /**
     * Stores a new reservation.
     *
     * @return {@code false}, storing nothing, if its customer already has a reservation with the
     *         same idempotency key (checked atomically, e.g. by a unique index and
     *         {@code ON CONFLICT DO NOTHING}, without spoiling the unit of work)
     */
    boolean add(Reservation reservation);

    /**
     * Replaces every stored field of an existing reservation with {@link Reservation#state()}.
     *
     * @throws io.parlor.domain.reservation.ReservationNotFound if it was never added
     */
    void save(Reservation reservation);

    /** The reservation with this id. */
    Optional<Reservation> findById(ReservationId id);

    /** As {@link #findById}, and holds the reservation against other writers until the unit of work ends. */
    Optional<Reservation> lockById(ReservationId id);

    /** The reservation {@code customer} created with {@code key}. */
    Optional<Reservation> findByIdempotencyKey(MemberId customer, IdempotencyKey key);

    /**
     * The customer's reservations, latest start first (ties: id descending, in the store's own order
     * of ids, the same for sorting and for {@code after}), strictly after
     * {@code after} in that order, at most {@code limit} (1 to 500).
     */
    List<Reservation> ofCustomer(MemberId customer, Optional<ReservationPosition> after, int limit);

    /**
     * The shop's reservations starting in {@code [from, until)}, of {@code designer} only if
     * given, in any status, ordered by start then id.
     */
    List<Reservation> ofShop(ShopId shop, Optional<MemberId> designer, Instant from, Instant until);

    /**
     * Up to {@code limit} reservations stored as {@code HELD} whose hold ran out by {@code now}
     * ({@code holdExpiresAt <= now}), earliest expiry first. A store may skip rows another unit
     * has locked ({@code SKIP LOCKED}).
     */
    List<Reservation> heldExpiredBy(Instant now, int limit);
}
