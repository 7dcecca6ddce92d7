package io.parlor.application.reservation;

import static io.parlor.application.reservation.ReservationFixture.DAY;
import static io.parlor.application.reservation.ReservationFixture.newMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.application.reservation.port.in.CancelReservation;
import io.parlor.application.reservation.port.in.CompleteReservation;
import io.parlor.application.reservation.port.in.ConfirmReservation;
import io.parlor.application.reservation.port.in.MarkNoShow;
import io.parlor.application.reservation.port.in.RescheduleReservation;
import io.parlor.application.reservation.port.in.ReservationView;
import io.parlor.application.reservation.port.in.SetBookingRules;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.reservation.BookingRules;
import io.parlor.domain.reservation.InvalidTransition;
import io.parlor.domain.reservation.OutsideWorkingHours;
import io.parlor.domain.reservation.ReservationCancelled;
import io.parlor.domain.reservation.ReservationCompleted;
import io.parlor.domain.reservation.ReservationNoShow;
import io.parlor.domain.reservation.ReservationRescheduled;
import io.parlor.domain.reservation.ReservationStatus;
import io.parlor.domain.reservation.ServiceId;
import io.parlor.domain.reservation.SlotUnavailable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    private final ReservationFixture fixture = new ReservationFixture();
    private final ServiceId cut = fixture.service(60, "30", 0);
    private final MemberId customer = newMember();

    private ReservationView confirmedAt(String time) {
        var held = fixture.hold(customer, fixture.at(DAY, time), cut);
        return fixture.useCases.confirmReservation().confirm(new ConfirmReservation.Command(customer, held.id()));
    }

    private ReservationView cancel(MemberId actor, ReservationView reservation) {
        return fixture.useCases.cancelReservation().cancel(new CancelReservation.Command(actor, reservation.id(),
                Optional.of("plans changed")));
    }

    private ReservationView reschedule(MemberId actor, ReservationView reservation, Instant start) {
        return fixture.useCases.rescheduleReservation().reschedule(new RescheduleReservation.Command(actor,
                reservation.id(), start));
    }

    private void moveTo(Instant instant) {
        fixture.time.advance(Duration.between(fixture.time.now(), instant));
    }

    @Test
    void customersCancelUntilTheCutoffAndStaffAnyTime() {
        var early = confirmedAt("10:00");
        var late = confirmedAt("14:00");
        moveTo(fixture.at(DAY, "10:00").minus(Duration.ofHours(24)));

        var cancelled = cancel(customer, early);
        moveTo(fixture.at(DAY, "14:00").minus(Duration.ofHours(23)));

        assertThat(cancelled.status()).isEqualTo(ReservationStatus.CANCELLED);
        assertThatThrownBy(() -> cancel(customer, late)).isInstanceOf(InvalidTransition.class)
                .extracting(e -> ((InvalidTransition) e).code()).isEqualTo("invalid-transition");
        assertThat(cancel(fixture.designer, late).status()).isEqualTo(ReservationStatus.CANCELLED);
        assertThatThrownBy(() -> cancel(fixture.owner, late)).isInstanceOf(InvalidTransition.class);
    }

    @Test
    void theCutoffIsTheShopsToSet() {
        fixture.useCases.setBookingRules().set(new SetBookingRules.Command(fixture.owner, fixture.shop,
                new BookingRules(Duration.ofMinutes(30), Duration.ofDays(90), Duration.ofHours(2))));
        var reservation = confirmedAt("10:00");
        moveTo(fixture.at(DAY, "08:00"));

        var cancelled = cancel(customer, reservation);

        assertThat(cancelled.status()).isEqualTo(ReservationStatus.CANCELLED);
        assertThat(fixture.published.next(3).get(2)).isInstanceOf(ReservationCancelled.class);
    }

    @Test
    void reschedulingTakesTheNewSlotAndFreesTheOldOne() {
        var reservation = confirmedAt("10:00");

        var moved = reschedule(customer, reservation, fixture.at(DAY, "15:00"));
        var other = fixture.hold(newMember(), fixture.at(DAY, "10:00"), cut);

        assertThat(moved.startAt()).isEqualTo(fixture.at(DAY, "15:00"));
        assertThat(moved.endAt()).isEqualTo(fixture.at(DAY, "16:00"));
        assertThat(moved.status()).isEqualTo(ReservationStatus.CONFIRMED);
        assertThat(other.status()).isEqualTo(ReservationStatus.HELD);
        assertThat(fixture.published.next(4).get(2)).isInstanceOf(ReservationRescheduled.class);
    }

    @Test
    void aRefusedRescheduleChangesNothing() {
        var reservation = confirmedAt("10:00");
        var taken = fixture.hold(newMember(), fixture.at(DAY, "14:00"), cut);

        assertThatThrownBy(() -> reschedule(customer, reservation, fixture.at(DAY, "14:30")))
                .isInstanceOf(SlotUnavailable.class);
        assertThatThrownBy(() -> reschedule(customer, reservation, fixture.at(DAY, "11:30")))
                .isInstanceOf(OutsideWorkingHours.class);

        var stored = fixture.reservations.findById(reservation.id()).orElseThrow();
        assertThat(stored.served().start()).isEqualTo(fixture.at(DAY, "10:00"));
        assertThat(fixture.reservations.findById(taken.id()).orElseThrow().statusAt(fixture.time.now()))
                .isEqualTo(ReservationStatus.HELD);
    }

    @Test
    void reschedulingOntoItsOwnTimeIsAllowed() {
        var reservation = confirmedAt("10:00");

        var moved = reschedule(customer, reservation, fixture.at(DAY, "10:30"));

        assertThat(moved.startAt()).isEqualTo(fixture.at(DAY, "10:30"));
    }

    @Test
    void staffCompleteOrMarkNoShowOnlyOnceTheStartHasCome() {
        var served = confirmedAt("10:00");
        var absent = confirmedAt("14:00");
        var complete = new CompleteReservation.Command(fixture.designer, served.id());

        assertThatThrownBy(() -> fixture.useCases.completeReservation().complete(complete))
                .isInstanceOf(InvalidTransition.class);
        moveTo(fixture.at(DAY, "14:00"));
        assertThatThrownBy(() -> fixture.useCases.completeReservation().complete(
                new CompleteReservation.Command(customer, served.id()))).isInstanceOf(InvalidTransition.class);
        var completed = fixture.useCases.completeReservation().complete(complete);
        var noShow = fixture.useCases.markNoShow().mark(new MarkNoShow.Command(fixture.owner, absent.id()));

        assertThat(completed.status()).isEqualTo(ReservationStatus.COMPLETED);
        assertThat(noShow.status()).isEqualTo(ReservationStatus.NO_SHOW);
        assertThat(fixture.published.next(6).subList(4, 6)).hasExactlyElementsOfTypes(ReservationCompleted.class,
                ReservationNoShow.class);
        assertThatThrownBy(() -> cancel(fixture.owner, completed)).isInstanceOf(InvalidTransition.class);
    }
}
