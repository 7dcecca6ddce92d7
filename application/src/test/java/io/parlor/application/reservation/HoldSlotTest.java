package io.parlor.application.reservation;

import static io.parlor.application.reservation.ReservationFixture.DAY;
import static io.parlor.application.reservation.ReservationFixture.START;
import static io.parlor.application.reservation.ReservationFixture.newMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.application.reservation.inmemory.InMemorySlotLock;
import io.parlor.application.reservation.port.in.ConfirmReservation;
import io.parlor.application.reservation.port.in.HoldSlot;
import io.parlor.application.reservation.port.out.LockToken;
import io.parlor.application.reservation.port.out.SlotLock;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.reservation.DesignerNotFound;
import io.parlor.domain.reservation.HoldExpired;
import io.parlor.domain.reservation.OutsideWorkingHours;
import io.parlor.domain.reservation.OutsideWorkingHours.Reason;
import io.parlor.domain.reservation.ReservationCancelled;
import io.parlor.domain.reservation.ReservationConfirmed;
import io.parlor.domain.reservation.ReservationId;
import io.parlor.domain.reservation.ReservationHeld;
import io.parlor.domain.reservation.ReservationStatus;
import io.parlor.domain.reservation.ServiceId;
import io.parlor.domain.reservation.ServiceNotFound;
import io.parlor.domain.reservation.SlotUnavailable;
import io.parlor.domain.shared.DomainError;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HoldSlotTest {

    private final ReservationFixture fixture = new ReservationFixture();
    private final ServiceId cut = fixture.service(30, "25.50", 0);
    private final ServiceId colour = fixture.service(60, "80", 15);

    private static ConfirmReservation.Command confirm(MemberId actor, ReservationId id) {
        return new ConfirmReservation.Command(actor, id);
    }

    @Test
    void holdsAFreeSlotForTheSumOfTheServicesAndConfirmsItBeforeExpiry() {
        var customer = newMember();
        var start = fixture.at(DAY, "10:00");

        var held = fixture.hold(customer, start, cut, colour);
        fixture.time.advance(Duration.ofMinutes(4));
        var confirmed = fixture.useCases.confirmReservation().confirm(confirm(customer, held.id()));

        assertThat(held.status()).isEqualTo(ReservationStatus.HELD);
        assertThat(held.endAt()).isEqualTo(start.plus(Duration.ofMinutes(90)));
        assertThat(held.price()).isEqualByComparingTo(new BigDecimal("105.50"));
        assertThat(held.serviceIds()).containsExactly(cut, colour);
        assertThat(held.holdExpiresAt()).contains(START.plus(Duration.ofMinutes(5)));
        assertThat(confirmed.status()).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(confirmed.holdExpiresAt()).isEmpty();
        assertThat(fixture.published.next(2)).hasExactlyElementsOfTypes(ReservationHeld.class,
                ReservationConfirmed.class);
    }

    @Test
    void anOverlappingHoldIsSlotUnavailableAndTheBufferCounts() {
        fixture.hold(newMember(), fixture.at(DAY, "10:00"), colour);

        assertThatThrownBy(() -> fixture.hold(newMember(), fixture.at(DAY, "10:30"), cut))
                .isInstanceOf(SlotUnavailable.class)
                .satisfies(e -> assertThat(((DomainError) e).kind()).isEqualTo(DomainError.Kind.CONFLICT))
                .extracting(e -> ((DomainError) e).code()).isEqualTo("slot-unavailable");
        assertThatThrownBy(() -> fixture.hold(newMember(), fixture.at(DAY, "11:00"), cut))
                .isInstanceOf(SlotUnavailable.class);
        assertThat(fixture.hold(newMember(), fixture.at(DAY, "11:30"), cut).status()).isEqualTo(ReservationStatus.HELD);
    }

    @Test
    void rejectsHoldOutsideWorkingHoursForEveryReason() {
        fixture.workEveryDay(fixture.designer, Set.of(DAY.plusDays(1)));

        assertRefused(fixture.at(DAY, "11:45"), Reason.OFF_GRID);
        assertRefused(fixture.at(DAY, "11:30").plus(Duration.ofMinutes(1)), Reason.OFF_GRID);
        assertRefused(fixture.at(DAY, "12:00"), Reason.CLOSED);
        assertRefused(fixture.at(DAY, "17:30"), Reason.CLOSED);
        assertRefused(fixture.at(DAY.plusDays(1), "10:00"), Reason.DAY_OFF);
        assertRefused(START.minus(Duration.ofDays(1)), Reason.TOO_SOON);
        assertRefused(fixture.at(DAY.plusDays(120), "10:00"), Reason.TOO_FAR);
    }

    private void assertRefused(Instant start, Reason reason) {
        assertThatThrownBy(() -> fixture.hold(newMember(), start, colour)).isInstanceOf(OutsideWorkingHours.class)
                .satisfies(e -> assertThat(((OutsideWorkingHours) e).reason()).isEqualTo(reason))
                .satisfies(e -> assertThat(((DomainError) e).kind()).isEqualTo(DomainError.Kind.UNPROCESSABLE))
                .extracting(e -> ((DomainError) e).code()).isEqualTo("outside-working-hours");
    }

    @Test
    void confirmingAfterExpiryIsGoneAndTheSlotIsFreeTheInstantTheHoldRunsOut() {
        var first = newMember();
        var start = fixture.at(DAY, "10:00");
        var held = fixture.hold(first, start, cut);

        fixture.time.advance(Duration.ofMinutes(5));
        var second = fixture.hold(newMember(), start, cut);

        assertThat(second.status()).isEqualTo(ReservationStatus.HELD);
        assertThatThrownBy(() -> fixture.useCases.confirmReservation().confirm(confirm(first, held.id())))
                .isInstanceOf(HoldExpired.class)
                .satisfies(e -> assertThat(((DomainError) e).kind()).isEqualTo(DomainError.Kind.GONE))
                .extracting(e -> ((DomainError) e).code()).isEqualTo("hold-expired");
    }

    @Test
    void theHoldTimeIsConfigurable() {
        var fixture = new ReservationFixture(ZoneId.of("Asia/Seoul"), START,
                ReservationSettings.defaults().withHoldTtl(Duration.ofMinutes(15)), InMemorySlotLock::new);
        var service = fixture.service(30, "10", 0);

        var held = fixture.hold(newMember(), fixture.at(DAY, "10:00"), service);

        assertThat(held.holdExpiresAt()).contains(START.plus(Duration.ofMinutes(15)));
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheSameReservation() {
        var customer = newMember();
        var key = Optional.of("attempt-7f3a");

        var first = fixture.holdWithKey(customer, fixture.at(DAY, "10:00"), key, cut);
        fixture.time.advance(Duration.ofMinutes(1));
        var retry = fixture.holdWithKey(customer, fixture.at(DAY, "10:00"), key, cut);
        var otherCustomer = fixture.holdWithKey(newMember(), fixture.at(DAY, "14:00"), key, cut);

        assertThat(retry).isEqualTo(first);
        assertThat(otherCustomer.id()).isNotEqualTo(first.id());
        assertThat(fixture.reservations.ofCustomer(customer, Optional.empty(), 10)).hasSize(1);
    }

    @Test
    void holdingAgainReplacesTheCustomersOwnOverlappingHold() {
        var customer = newMember();
        var first = fixture.hold(customer, fixture.at(DAY, "10:00"), colour);

        var second = fixture.hold(customer, fixture.at(DAY, "10:30"), cut);

        var replaced = fixture.reservations.findById(first.id()).orElseThrow();
        assertThat(second.status()).isEqualTo(ReservationStatus.HELD);
        assertThat(replaced.statusAt(fixture.time.now())).isEqualTo(ReservationStatus.CANCELLED);
        assertThat(fixture.published.next(3).get(1)).isInstanceOf(ReservationCancelled.class);
    }

    @Test
    void refusesUnknownServicesShopsAndDesigners() {
        var customer = newMember();
        var start = fixture.at(DAY, "10:00");
        var stranger = new HoldSlot.Command(customer, fixture.shop, newMember(), List.of(cut), start,
                Optional.empty(), Optional.empty());

        assertThatThrownBy(() -> fixture.hold(customer, start, new ServiceId(UUID.randomUUID())))
                .isInstanceOf(ServiceNotFound.class);
        assertThatThrownBy(() -> fixture.useCases.holdSlot().hold(stranger)).isInstanceOf(DesignerNotFound.class);
    }

    @Test
    void aRacingRequestWhoseSlotLockIsTakenIsTurnedAwayButRetriesGoThrough() {
        var fixture = new ReservationFixture(ZoneId.of("Asia/Seoul"), START, ReservationSettings.defaults(),
                time -> new AlwaysTaken());
        var service = fixture.service(30, "10", 0);
        var start = fixture.at(DAY, "10:00");

        assertThatThrownBy(() -> fixture.hold(newMember(), start, service)).isInstanceOf(SlotUnavailable.class);
        var retried = fixture.holdWithKey(newMember(), start, Optional.of("k-1"), service);

        assertThat(retried.status()).isEqualTo(ReservationStatus.HELD);
    }

    @Test
    void whenTheLockStoreIsDownTheDatabaseCheckStillDecides() {
        var fixture = new ReservationFixture(ZoneId.of("Asia/Seoul"), START, ReservationSettings.defaults(),
                time -> new Unreachable());
        var service = fixture.service(30, "10", 0);
        var start = fixture.at(DAY, "10:00");

        var held = fixture.hold(newMember(), start, service);

        assertThat(held.status()).isEqualTo(ReservationStatus.HELD);
        assertThatThrownBy(() -> fixture.hold(newMember(), start, service)).isInstanceOf(SlotUnavailable.class);
    }

    /** A lock some other request always holds. */
    private static final class AlwaysTaken implements SlotLock {
        @Override
        public Optional<LockToken> tryLock(String key, Duration ttl) {
            return Optional.empty();
        }

        @Override
        public void release(LockToken token) {
            throw new AssertionError("nothing to release");
        }
    }

    /** A lock store that cannot be reached. */
    private static final class Unreachable implements SlotLock {
        @Override
        public Optional<LockToken> tryLock(String key, Duration ttl) {
            throw new IllegalStateException("connection refused");
        }

        @Override
        public void release(LockToken token) {
            throw new IllegalStateException("connection refused");
        }
    }
}
