package io.parlor.application.reservation.port.out;

import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.BookableService;
import io.parlor.domain.reservation.IdempotencyKey;
import io.parlor.domain.reservation.Price;
import io.parlor.domain.reservation.Reservation;
import io.parlor.domain.reservation.ReservationId;
import io.parlor.domain.reservation.ServiceId;
import io.parlor.domain.reservation.ServiceName;
import io.parlor.domain.reservation.Treatment;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;

/**
 * The subject, its transaction runner and sample reservations for the {@link Reservations}
 * suites. Relational stores override the {@code existing...} hooks so that foreign keys hold.
 */
public abstract class ReservationSamples {

    protected static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");
    protected static final Duration HOLD = Duration.ofMinutes(5);

    private TransactionRunner transactions;
    private Reservations subject;
    /** A shop and a designer of it, fresh for each test. */
    protected ShopId shop;
    protected MemberId designer;

    /** The runner whose units of work the subject joins. */
    protected abstract TransactionRunner newTransactions();

    protected abstract Reservations newSubject(TransactionRunner transactions);

    /** A shop reservations may refer to; a relational subclass creates one first. */
    protected ShopId existingShop() {
        return new ShopId(UUID.randomUUID());
    }

    /** A member reservations may refer to; a relational subclass creates one first. */
    protected MemberId existingMember() {
        return new MemberId(UUID.randomUUID());
    }

    /** A service of {@code shop} reservations may refer to; a relational subclass stores it first. */
    protected BookableService existingService(ShopId shop, int minutes, int bufferMinutes) {
        return BookableService.offer(new ServiceId(UUID.randomUUID()), shop, new ServiceName("Cut"), minutes,
                new Price(new BigDecimal("30")), bufferMinutes);
    }

    @BeforeEach
    void createSubject() {
        transactions = newTransactions();
        subject = newSubject(transactions);
        shop = existingShop();
        designer = existingMember();
    }

    protected final Reservations subject() {
        return subject;
    }

    protected final TransactionRunner transactions() {
        return transactions;
    }

    /** Held at {@link #NOW} with the shop's designer: 60 minutes served, 15 blocked after. */
    protected final Reservation held(MemberId customer, Instant start, Optional<IdempotencyKey> key) {
        return hold(shop, designer, customer, start, key, NOW);
    }

    protected final Reservation heldBy(ShopId inShop, MemberId by, MemberId customer, Instant start) {
        return heldBy(inShop, by, customer, start, NOW);
    }

    protected final Reservation heldBy(ShopId inShop, MemberId by, MemberId customer, Instant start,
            Instant heldAt) {
        return hold(inShop, by, customer, start, Optional.empty(), heldAt);
    }

    /** A hold of the designer blocking {@code minutes} and a buffer of {@code bufferMinutes} from {@code start}. */
    protected final Reservation heldFor(int minutes, int bufferMinutes, Instant start) {
        var treatment = Treatment.of(shop, List.of(existingService(shop, minutes, bufferMinutes)));
        return Reservation.hold(new ReservationId(UUID.randomUUID()), shop, designer, existingMember(), treatment,
                start, Optional.empty(), Optional.empty(), NOW, HOLD);
    }

    private Reservation hold(ShopId inShop, MemberId by, MemberId customer, Instant start,
            Optional<IdempotencyKey> key, Instant heldAt) {
        var treatment = Treatment.of(inShop, List.of(existingService(inShop, 60, 15)));
        return Reservation.hold(new ReservationId(UUID.randomUUID()), inShop, by, customer, treatment, start,
                Optional.of("first visit"), key, heldAt, HOLD);
    }
}
