package io.parlor.application.reservation;

import io.parlor.application.reservation.port.in.HoldSlot;
import io.parlor.application.reservation.port.in.ReservationView;
import io.parlor.application.reservation.port.out.CustomerStanding;
import io.parlor.application.reservation.port.out.Reservations;
import io.parlor.application.shared.port.out.IdGenerator;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.reservation.CustomerBlacklisted;
import io.parlor.domain.reservation.Reservation;
import io.parlor.domain.reservation.ReservationId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

final class HoldSlotService implements HoldSlot {

    /** Rolls back a unit of work whose reservation lost the race for its idempotency key. */
    private static final class KeyTaken extends RuntimeException {
        KeyTaken() {
            super(null, null, false, false);
        }
    }

    private record Outcome(Reservation reservation, List<Reservation> changed) {
    }

    private final Reservations reservations;
    private final CustomerStanding standing;
    private final ShopAccess access;
    private final Calendars calendars;
    private final Treatments treatments;
    private final SlotGuard guard;
    private final FastPath fastPath;
    private final Publisher publisher;
    private final TransactionRunner transactions;
    private final TimeSource time;
    private final IdGenerator ids;
    private final Duration holdTtl;

    HoldSlotService(Reservations reservations, CustomerStanding standing, ShopAccess access, Calendars calendars,
            Treatments treatments, SlotGuard guard, FastPath fastPath, Publisher publisher,
            TransactionRunner transactions, TimeSource time, IdGenerator ids, ReservationSettings settings) {
        this.reservations = reservations;
        this.standing = standing;
        this.access = access;
        this.calendars = calendars;
        this.treatments = treatments;
        this.guard = guard;
        this.fastPath = fastPath;
        this.publisher = publisher;
        this.transactions = transactions;
        this.time = time;
        this.ids = ids;
        this.holdTtl = settings.holdTtl();
    }

    @Override
    public ReservationView hold(Command command) {
        var now = time.now();
        var replay = previous(command);
        if (replay.isPresent()) {
            return Views.of(replay.get(), now);
        }
        var shop = access.profile(command.shop());
        access.requireBookable(command.shop(), command.designer());
        if (standing.isBlacklisted(command.shop(), command.customer())) {
            throw new CustomerBlacklisted();
        }
        var treatment = treatments.load(command.shop(), command.services());
        var calendar = calendars.of(shop, command.designer());
        calendar.requireBookable(command.startAt(), treatment.duration(), now);
        var rules = calendar.rules();
        var token = fastPath.enter(command.designer(), command.startAt(), command.idempotencyKey().isPresent());
        try {
            var outcome = transactions.inTransaction(() -> {
                reservations.lockDesigner(command.designer());
                var again = previous(command);
                if (again.isPresent()) {
                    return new Outcome(again.get(), List.of());
                }
                var reservation = Reservation.hold(new ReservationId(ids.newId()), command.shop(), command.designer(),
                        command.customer(), treatment, command.startAt(), command.note(), command.idempotencyKey(),
                        now, holdTtl);
                var changed = new ArrayList<>(guard.claim(reservation, rules, now));
                if (!reservations.add(reservation)) {
                    throw new KeyTaken();
                }
                changed.add(reservation);
                publisher.followUp(changed, now);
                return new Outcome(reservation, changed);
            });
            publisher.publish(outcome.changed());
            return Views.of(outcome.reservation(), now);
        } catch (KeyTaken raced) {
            return Views.of(previous(command).orElseThrow(), now);
        } finally {
            fastPath.leave(token);
        }
    }

    private Optional<Reservation> previous(Command command) {
        return command.idempotencyKey().flatMap(key -> reservations.findByIdempotencyKey(command.customer(), key));
    }
}
