package io.parlor.application.reservation.inmemory;

import io.parlor.application.reservation.port.out.ReservationPosition;
import io.parlor.application.reservation.port.out.Reservations;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.IdempotencyKey;
import io.parlor.domain.reservation.Reservation;
import io.parlor.domain.reservation.ReservationId;
import io.parlor.domain.reservation.ReservationNotFound;
import io.parlor.domain.reservation.ReservationState;
import io.parlor.domain.reservation.ReservationStatus;
import io.parlor.domain.reservation.TimeSpan;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reservations in a map of {@link ReservationState}s. Units of work of the
 * {@link InMemoryTransactionRunner} run one at a time, so {@link #lockDesigner} has nothing
 * left to do: a unit that checks and then writes is never interleaved with another.
 */
public final class InMemoryReservations implements Reservations {

    private static final Comparator<ReservationState> BY_START = Comparator.comparing(ReservationState::startAt)
            .thenComparing(s -> s.id().value());

    private final InMemoryTransactionRunner transactions;
    private final Map<ReservationId, ReservationState> byId = new ConcurrentHashMap<>();

    public InMemoryReservations(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public void lockDesigner(MemberId designer) {
        transactions.runInTransaction(() -> { });
    }

    @Override
    public List<Reservation> blockingOverlaps(MemberId designer, Instant from, Instant until, Instant now) {
        var window = new TimeSpan(from, until);
        return states(s -> s.designer().equals(designer)).sorted(BY_START).map(Reservation::reconstitute)
                .filter(r -> r.blocksAt(now) && r.blocked().overlaps(window)).toList();
    }

    @Override
    public boolean add(Reservation reservation) {
        return transactions.inTransaction(() -> {
            var state = reservation.state();
            boolean keyTaken = state.idempotencyKey()
                    .flatMap(key -> findByIdempotencyKey(state.customer(), key)).isPresent();
            if (keyTaken || byId.containsKey(state.id())) {
                return false;
            }
            write(state);
            return true;
        });
    }

    @Override
    public void save(Reservation reservation) {
        transactions.runInTransaction(() -> {
            if (!byId.containsKey(reservation.id())) {
                throw new ReservationNotFound();
            }
            write(reservation.state());
        });
    }

    @Override
    public Optional<Reservation> findById(ReservationId id) {
        return Optional.ofNullable(byId.get(id)).map(Reservation::reconstitute);
    }

    @Override
    public Optional<Reservation> lockById(ReservationId id) {
        return findById(id);
    }

    @Override
    public Optional<Reservation> findByIdempotencyKey(MemberId customer, IdempotencyKey key) {
        return states(s -> s.customer().equals(customer) && s.idempotencyKey().filter(key::equals).isPresent())
                .findFirst().map(Reservation::reconstitute);
    }

    @Override
    public List<Reservation> ofCustomer(MemberId customer, Optional<ReservationPosition> after, int limit) {
        Comparator<ReservationState> latestFirst = BY_START.reversed();
        return states(s -> s.customer().equals(customer))
                .filter(s -> after.map(p -> isAfter(s, p)).orElse(true))
                .sorted(latestFirst).limit(limit).map(Reservation::reconstitute).toList();
    }

    @Override
    public List<Reservation> ofShop(ShopId shop, Optional<MemberId> designer, Instant from, Instant until) {
        return states(s -> s.shop().equals(shop) && designer.map(s.designer()::equals).orElse(true)
                && !s.startAt().isBefore(from) && s.startAt().isBefore(until))
                .sorted(BY_START).map(Reservation::reconstitute).toList();
    }

    @Override
    public List<Reservation> heldExpiredBy(Instant now, int limit) {
        return states(s -> s.status() == ReservationStatus.HELD && !s.holdExpiresAt().isAfter(now))
                .sorted(Comparator.comparing(ReservationState::holdExpiresAt)).limit(limit)
                .map(Reservation::reconstitute).toList();
    }

    private Stream<ReservationState> states(Predicate<ReservationState> filter) {
        return byId.values().stream().filter(filter);
    }

    /** Whether {@code state} comes after {@code position} when listed latest start first, greater id first. */
    private static boolean isAfter(ReservationState state, ReservationPosition position) {
        int byStart = state.startAt().compareTo(position.startAt());
        return byStart < 0 || byStart == 0 && state.id().value().compareTo(position.id().value()) < 0;
    }

    private void write(ReservationState state) {
        ReservationState previous = byId.put(state.id(), state);
        transactions.onRollback(() -> {
            if (previous == null) {
                byId.remove(state.id());
            } else {
                byId.put(state.id(), previous);
            }
        });
    }
}
