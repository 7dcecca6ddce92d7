package io.parlor.application.reservation;

import static io.parlor.application.reservation.ReservationFixture.DAY;
import static io.parlor.application.reservation.ReservationFixture.newMember;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.application.reservation.port.in.CancelReservation;
import io.parlor.application.reservation.port.in.ConfirmReservation;
import io.parlor.application.reservation.port.in.ListMyReservations;
import io.parlor.application.reservation.port.in.RescheduleReservation;
import io.parlor.application.reservation.port.in.ShowReservation;
import io.parlor.application.reservation.port.out.ReservationFollowUps;
import io.parlor.domain.reservation.CustomerBlacklisted;
import io.parlor.domain.reservation.ReservationStatus;
import io.parlor.domain.reservation.ServiceId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What reservation asks of the back office (may this customer book?) and tells it, inside each unit of work. */
class BackOfficeFollowUpsTest {

    private final ReservationFixture fixture = new ReservationFixture();
    private final ServiceId cut = fixture.service(60, "30", 0);

    @Test
    void aBlacklistedCustomerCannotHoldAndNothingIsStored() {
        var customer = newMember();
        fixture.blacklisted.add(customer);

        assertThatThrownBy(() -> fixture.hold(customer, fixture.at(DAY, "10:00"), cut))
                .isInstanceOf(CustomerBlacklisted.class)
                .extracting(e -> ((CustomerBlacklisted) e).code()).isEqualTo("customer-blacklisted");

        assertThat(fixture.useCases.listMyReservations().list(new ListMyReservations.Query(customer,
                Optional.empty(), 20)).items()).isEmpty();
        assertThat(fixture.followedUp).isEmpty();
        var other = newMember();
        assertThat(fixture.hold(other, fixture.at(DAY, "10:00"), cut).status()).isEqualTo(ReservationStatus.HELD);
    }

    @Test
    void everyChangeIsHandedOnWithTheStatusItLeaves() {
        var customer = newMember();
        var held = fixture.hold(customer, fixture.at(DAY, "10:00"), cut);
        fixture.useCases.confirmReservation().confirm(new ConfirmReservation.Command(customer, held.id()));
        fixture.useCases.rescheduleReservation().reschedule(new RescheduleReservation.Command(customer, held.id(),
                fixture.at(DAY, "14:00")));
        fixture.useCases.cancelReservation().cancel(new CancelReservation.Command(customer, held.id(),
                Optional.empty()));

        assertThat(fixture.followedUp).extracting(r -> r.event().getClass().getSimpleName())
                .containsExactly("ReservationHeld", "ReservationConfirmed", "ReservationRescheduled",
                        "ReservationCancelled");
        assertThat(fixture.followedUp).extracting(ReservationFollowUps.Recorded::status)
                .containsExactly(ReservationStatus.HELD, ReservationStatus.CONFIRMED, ReservationStatus.CONFIRMED,
                        ReservationStatus.CANCELLED);
    }

    @Test
    void aFailingFollowUpRollsTheChangeBack() {
        var customer = newMember();
        var held = fixture.hold(customer, fixture.at(DAY, "10:00"), cut);
        fixture.followUpsFail = true;

        assertThatThrownBy(() -> fixture.useCases.confirmReservation()
                .confirm(new ConfirmReservation.Command(customer, held.id()))).isInstanceOf(IllegalStateException.class);

        fixture.followUpsFail = false;
        assertThat(fixture.useCases.showReservation().show(new ShowReservation.Query(customer, held.id()))
                .status()).isEqualTo(ReservationStatus.HELD);
    }
}
