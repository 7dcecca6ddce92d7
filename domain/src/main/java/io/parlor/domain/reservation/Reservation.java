package io.parlor.domain.reservation;

import static io.parlor.domain.reservation.ReservationStatus.CONFIRMED;
import static io.parlor.domain.reservation.ReservationStatus.HELD;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.shared.InvalidValue;
import io.parlor.domain.shared.RecordedEvents;
import io.parlor.domain.shared.RecordsEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A customer's booking of a designer for some services at a start. The lifecycle is a state
 * machine: {@code HELD} → {@code CONFIRMED} (before the hold runs out) → {@code COMPLETED} or
 * {@code NO_SHOW} (staff, after the start); {@code HELD} or {@code CONFIRMED} → {@code CANCELLED};
 * {@code HELD} → {@code EXPIRED}. Every transition records a {@link ReservationEvent}. Whether
 * the time is free is not decided here: the store checks overlaps under the designer's lock.
 */
@AggregateRoot
public final class Reservation implements RecordsEvents {

    static final int MAX_TEXT = 500;

    @Identity
    private final ReservationId id;
    private ReservationState state;
    private final RecordedEvents<ReservationEvent> recorded = new RecordedEvents<>();

    private Reservation(ReservationState state) {
        this.id = state.id();
        this.state = state;
    }

    /**
     * A new {@code HELD} reservation of {@code treatment} at {@code startAt}, held until
     * {@code now + holdTtl}; records {@link ReservationHeld}. The caller has checked that the
     * start is bookable and the time free.
     *
     * @throws InvalidValue (field {@code note}) for a note over {@value #MAX_TEXT} characters
     */
    public static Reservation hold(ReservationId id, ShopId shop, MemberId designer, MemberId customer,
            Treatment treatment, Instant startAt, Optional<String> note, Optional<IdempotencyKey> key, Instant now,
            Duration holdTtl) {
        Instant endAt = startAt.plus(treatment.duration());
        var reservation = new Reservation(new ReservationState(id, shop, designer, customer, treatment.services(),
                startAt, endAt, endAt.plus(treatment.buffer()), treatment.price(), HELD, now.plus(holdTtl),
                text(note, "note"), key, now));
        reservation.record(new ReservationHeld(id, shop, designer, customer, treatment.services(), startAt, endAt,
                treatment.price(), now.plus(holdTtl), now));
        return reservation;
    }

    /** The reservation exactly as stored, with no recorded event. */
    public static Reservation reconstitute(ReservationState state) {
        return new Reservation(state);
    }

    /** Every field, for storage. */
    public ReservationState state() {
        return state;
    }

    public ReservationId id() {
        return id;
    }

    public ShopId shop() {
        return state.shop();
    }

    public MemberId designer() {
        return state.designer();
    }

    public MemberId customer() {
        return state.customer();
    }

    /** The time the customer is served: {@code [startAt, endAt)}. */
    public TimeSpan served() {
        return new TimeSpan(state.startAt(), state.endAt());
    }

    /** The time the designer is blocked: {@code [startAt, blockedUntil)}, the buffer included. */
    public TimeSpan blocked() {
        return new TimeSpan(state.startAt(), state.blockedUntil());
    }

    /** The status at {@code now}: a {@code HELD} reservation whose hold has run out is {@code EXPIRED}. */
    public ReservationStatus statusAt(Instant now) {
        return state.status() == HELD && !now.isBefore(state.holdExpiresAt()) ? ReservationStatus.EXPIRED
                : state.status();
    }

    /** Whether it blocks the designer's time at {@code now}: held and unexpired, or confirmed. */
    public boolean blocksAt(Instant now) {
        var status = statusAt(now);
        return status == HELD || status == CONFIRMED;
    }

    /**
     * Confirms a held reservation before its hold runs out; records {@link ReservationConfirmed}.
     *
     * @throws HoldExpired if the hold has run out at {@code now} (stored as expired or not)
     * @throws InvalidTransition from any other status
     */
    public ReservationConfirmed confirm(Instant now) {
        var status = statusAt(now);
        if (status == ReservationStatus.EXPIRED) {
            throw new HoldExpired();
        }
        if (status != HELD) {
            throw new InvalidTransition("only a held reservation can be confirmed");
        }
        become(state.withStatus(CONFIRMED));
        return record(new ReservationConfirmed(id, shop(), designer(), customer(), state.startAt(), state.endAt(),
                now));
    }

    /**
     * Cancels a held or confirmed reservation; records {@link ReservationCancelled}. The customer
     * may drop a hold any time, but cancels a confirmed reservation only while its start is at
     * least {@code rules.cancellationCutoff()} ahead; the staff may cancel any time.
     *
     * @throws InvalidTransition from another status, or for a customer past the cut-off
     * @throws InvalidValue (field {@code reason}) for a reason over {@value #MAX_TEXT} characters
     */
    public ReservationCancelled cancel(Party by, Optional<String> reason, Instant now, BookingRules rules) {
        Transitions.requireMovable(statusAt(now), by, lateForCustomers(now, rules), "cancelled");
        var said = text(reason, "reason");
        become(state.withStatus(ReservationStatus.CANCELLED));
        return record(new ReservationCancelled(id, shop(), designer(), customer(), state.startAt(), state.endAt(),
                by == Party.STAFF, said, now));
    }

    /**
     * Moves a held or confirmed reservation to {@code newStart}, keeping its services, status and
     * hold expiry; records {@link ReservationRescheduled}. The same parties and cut-off as for
     * {@link #cancel} apply. The caller checks that the new start is bookable and free.
     *
     * @throws InvalidTransition from another status, or for a customer past the cut-off
     */
    public ReservationRescheduled reschedule(Party by, Instant newStart, Instant now, BookingRules rules) {
        Transitions.requireMovable(statusAt(now), by, lateForCustomers(now, rules), "rescheduled");
        var before = served();
        become(state.movedTo(newStart));
        return record(new ReservationRescheduled(id, shop(), designer(), customer(), before.start(), before.end(),
                state.startAt(), state.endAt(), now));
    }

    /**
     * Records that the customer was served; records {@link ReservationCompleted}.
     *
     * @throws InvalidTransition unless confirmed, asked by the staff, at or after the start
     */
    public ReservationCompleted complete(Party by, Instant now) {
        Transitions.requireAttended(statusAt(now), by, !now.isBefore(state.startAt()), "completed");
        become(state.withStatus(ReservationStatus.COMPLETED));
        return record(new ReservationCompleted(id, shop(), designer(), customer(), state.startAt(), state.endAt(),
                now));
    }

    /**
     * Records that the customer did not come; records {@link ReservationNoShow}.
     *
     * @throws InvalidTransition unless confirmed, asked by the staff, at or after the start
     */
    public ReservationNoShow markNoShow(Party by, Instant now) {
        Transitions.requireAttended(statusAt(now), by, !now.isBefore(state.startAt()), "marked as a no-show");
        become(state.withStatus(ReservationStatus.NO_SHOW));
        return record(new ReservationNoShow(id, shop(), designer(), customer(), state.startAt(), state.endAt(),
                now));
    }

    /**
     * Stores the expiry of a hold that has run out at {@code now}, recording
     * {@link ReservationExpired}; does nothing otherwise, so sweeping twice is harmless.
     *
     * @return the event, or empty if nothing changed
     */
    public Optional<ReservationExpired> expire(Instant now) {
        if (state.status() != HELD || now.isBefore(state.holdExpiresAt())) {
            return Optional.empty();
        }
        become(state.withStatus(ReservationStatus.EXPIRED));
        return Optional.of(record(new ReservationExpired(id, shop(), designer(), customer(), state.startAt(),
                state.endAt(), now)));
    }

    @Override
    public List<ReservationEvent> recordedEvents() {
        return recorded.list();
    }

    private boolean lateForCustomers(Instant now, BookingRules rules) {
        return now.isAfter(state.startAt().minus(rules.cancellationCutoff()));
    }

    private <E extends ReservationEvent> E record(E event) {
        return recorded.record(event);
    }

    private void become(ReservationState next) {
        state = next;
    }

    private static Optional<String> text(Optional<String> value, String field) {
        var stripped = value.map(String::strip).filter(v -> !v.isEmpty());
        if (stripped.filter(v -> v.codePointCount(0, v.length()) > MAX_TEXT).isPresent()) {
            throw new InvalidValue(field, "is longer than " + MAX_TEXT + " characters");
        }
        return stripped;
    }
}
