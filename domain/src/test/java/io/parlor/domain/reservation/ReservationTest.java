package io.parlor.domain.reservation;

import static io.parlor.domain.reservation.ReservationFixtures.HOLD;
import static io.parlor.domain.reservation.ReservationFixtures.NOW;
import static io.parlor.domain.reservation.ReservationFixtures.confirmedAt;
import static io.parlor.domain.reservation.ReservationFixtures.heldAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReservationTest {

    private static final Instant START = NOW.plus(Duration.ofDays(3));
    private final BookingRules rules = BookingRules.DEFAULT;

    @Test
    void aHoldBlocksTheServedTimeAndTheBufferUntilItRunsOut() {
        var reservation = heldAt(START);

        var blocked = reservation.blocked();

        assertThat(reservation.served()).isEqualTo(TimeSpan.of(START, Duration.ofMinutes(60)));
        assertThat(blocked).isEqualTo(TimeSpan.of(START, Duration.ofMinutes(75)));
        assertThat(reservation.recordedEvents()).singleElement().isInstanceOf(ReservationHeld.class);
        assertThat(reservation.blocksAt(NOW.plus(HOLD).minusMillis(1))).isTrue();
        assertThat(reservation.blocksAt(NOW.plus(HOLD))).isFalse();
        assertThat(reservation.statusAt(NOW.plus(HOLD))).isEqualTo(ReservationStatus.EXPIRED);
    }

    @Test
    void confirmingBeforeExpiryMakesItConfirmed() {
        var reservation = heldAt(START);

        var event = reservation.confirm(NOW.plus(HOLD).minusSeconds(1));

        assertThat(reservation.statusAt(START)).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(event.reservation()).isEqualTo(reservation.id());
        assertThat(reservation.recordedEvents()).hasSize(2).last().isEqualTo(event);
    }

    @Test
    void confirmingAfterExpiryIsGone() {
        var reservation = heldAt(START);

        assertThatThrownBy(() -> reservation.confirm(NOW.plus(HOLD))).isInstanceOf(HoldExpired.class)
                .extracting(e -> ((HoldExpired) e).code()).isEqualTo("hold-expired");
        reservation.expire(NOW.plus(HOLD));
        assertThatThrownBy(() -> reservation.confirm(NOW.plus(HOLD))).isInstanceOf(HoldExpired.class);
    }

    @Test
    void confirmingTwiceIsAnInvalidTransition() {
        var reservation = confirmedAt(START);

        assertThatThrownBy(() -> reservation.confirm(NOW)).isInstanceOf(InvalidTransition.class)
                .extracting(e -> ((InvalidTransition) e).code()).isEqualTo("invalid-transition");
    }

    @Test
    void customersCancelConfirmedReservationsOnlyBeforeTheCutoff() {
        var early = confirmedAt(START);
        var late = confirmedAt(START);
        var cutoff = START.minus(rules.cancellationCutoff());

        var event = early.cancel(Party.CUSTOMER, Optional.of(" sick "), cutoff, rules);

        assertThat(event.reason()).contains("sick");
        assertThat(event.byStaff()).isFalse();
        assertThat(early.statusAt(cutoff)).isEqualTo(ReservationStatus.CANCELLED);
        assertThatThrownBy(() -> late.cancel(Party.CUSTOMER, Optional.empty(), cutoff.plusSeconds(1), rules))
                .isInstanceOf(InvalidTransition.class);
        assertThat(late.cancel(Party.STAFF, Optional.empty(), START.plusSeconds(60), rules).byStaff()).isTrue();
    }

    @Test
    void customersDropTheirHoldsAtAnyTime() {
        var reservation = heldAt(NOW.plus(Duration.ofMinutes(40)));

        reservation.cancel(Party.CUSTOMER, Optional.empty(), NOW.plusSeconds(1), rules);

        assertThat(reservation.statusAt(NOW)).isEqualTo(ReservationStatus.CANCELLED);
    }

    @Test
    void cancellingAnEndedReservationIsAnInvalidTransition() {
        var expired = heldAt(START);
        var cancelled = confirmedAt(START);
        cancelled.cancel(Party.STAFF, Optional.empty(), NOW, rules);

        assertThatThrownBy(() -> expired.cancel(Party.STAFF, Optional.empty(), NOW.plus(HOLD), rules))
                .isInstanceOf(InvalidTransition.class);
        assertThatThrownBy(() -> cancelled.cancel(Party.STAFF, Optional.empty(), NOW, rules))
                .isInstanceOf(InvalidTransition.class);
    }

    @Test
    void reschedulingKeepsTheLengthsStatusAndHold() {
        var reservation = heldAt(START);
        var later = START.plus(Duration.ofHours(2));

        var event = reservation.reschedule(Party.CUSTOMER, later, NOW, rules);

        assertThat(event.previousStartAt()).isEqualTo(START);
        assertThat(reservation.served()).isEqualTo(TimeSpan.of(later, Duration.ofMinutes(60)));
        assertThat(reservation.blocked()).isEqualTo(TimeSpan.of(later, Duration.ofMinutes(75)));
        assertThat(reservation.state().holdExpiresAt()).isEqualTo(NOW.plus(HOLD));
        assertThat(reservation.statusAt(NOW)).isEqualTo(ReservationStatus.HELD);
    }

    @Test
    void onlyStaffCompleteOrMarkNoShowAndOnlyOnceTheStartHasCome() {
        var completed = confirmedAt(START);
        var absent = confirmedAt(START);

        assertThatThrownBy(() -> completed.complete(Party.STAFF, START.minusSeconds(1)))
                .isInstanceOf(InvalidTransition.class);
        assertThatThrownBy(() -> completed.complete(Party.CUSTOMER, START)).isInstanceOf(InvalidTransition.class);
        completed.complete(Party.STAFF, START);
        absent.markNoShow(Party.STAFF, START.plusSeconds(600));

        assertThat(completed.statusAt(START)).isEqualTo(ReservationStatus.COMPLETED);
        assertThat(absent.statusAt(START)).isEqualTo(ReservationStatus.NO_SHOW);
        assertThatThrownBy(() -> completed.markNoShow(Party.STAFF, START)).isInstanceOf(InvalidTransition.class);
        assertThatThrownBy(() -> heldAt(START).complete(Party.STAFF, START)).isInstanceOf(InvalidTransition.class);
    }

    @Test
    void expiringIsIdempotentAndLeavesLiveHoldsAlone() {
        var reservation = heldAt(START);

        var early = reservation.expire(NOW.plus(HOLD).minusMillis(1));
        var first = reservation.expire(NOW.plus(HOLD));
        var second = reservation.expire(NOW.plus(HOLD).plusSeconds(60));

        assertThat(early).isEmpty();
        assertThat(first).isPresent();
        assertThat(second).isEmpty();
        assertThat(reservation.state().status()).isEqualTo(ReservationStatus.EXPIRED);
        assertThat(confirmedAt(START).expire(START)).isEmpty();
    }

    @Test
    void reconstitutionKeepsEveryFieldAndNoEvent() {
        var reservation = confirmedAt(START);

        var copy = Reservation.reconstitute(reservation.state());

        assertThat(copy.state()).isEqualTo(reservation.state());
        assertThat(copy.recordedEvents()).isEmpty();
    }
}
