package io.parlor.application.reservation;

import static io.parlor.application.reservation.ReservationFixture.DAY;
import static io.parlor.application.reservation.ReservationFixture.newMember;
import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.application.reservation.port.in.ConfirmReservation;
import io.parlor.application.reservation.port.in.ExpireHolds;
import io.parlor.application.reservation.port.in.ShowReservation;
import io.parlor.domain.reservation.ReservationExpired;
import io.parlor.domain.reservation.ReservationStatus;
import io.parlor.domain.reservation.ServiceId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExpireHoldsTest {

    private final ReservationFixture fixture = new ReservationFixture();
    private final ServiceId cut = fixture.service(60, "30", 0);

    @Test
    void marksRunOutHoldsExpiredOnceAndLeavesTheRestAlone() {
        var stale = fixture.hold(newMember(), fixture.at(DAY, "09:00"), cut);
        var confirmed = fixture.hold(newMember(), fixture.at(DAY, "13:00"), cut);
        fixture.useCases.confirmReservation().confirm(new ConfirmReservation.Command(confirmed.customerId(),
                confirmed.id()));
        fixture.time.advance(Duration.ofMinutes(3));
        var fresh = fixture.hold(newMember(), fixture.at(DAY, "15:00"), cut);
        fixture.time.advance(Duration.ofMinutes(2));
        fixture.published.next(4);

        int first = fixture.useCases.expireHolds().expire(new ExpireHolds.Command(100));
        int second = fixture.useCases.expireHolds().expire(new ExpireHolds.Command(100));

        assertThat(first).isEqualTo(1);
        assertThat(second).isZero();
        assertThat(fixture.reservations.findById(stale.id()).orElseThrow().state().status())
                .isEqualTo(ReservationStatus.EXPIRED);
        assertThat(fixture.useCases.showReservation().show(new ShowReservation.Query(fresh.customerId(), fresh.id()))
                .status()).isEqualTo(ReservationStatus.HELD);
        assertThat(fixture.published.next()).isInstanceOf(ReservationExpired.class);
        assertThat(fixture.published.pending()).isEmpty();
    }

    @Test
    void aRunOutHoldShowsExpiredBeforeTheSweeperRuns() {
        var held = fixture.hold(newMember(), fixture.at(DAY, "09:00"), cut);
        fixture.time.advance(Duration.ofMinutes(5));

        var shown = fixture.useCases.showReservation().show(new ShowReservation.Query(held.customerId(), held.id()));

        assertThat(shown.status()).isEqualTo(ReservationStatus.EXPIRED);
        assertThat(shown.holdExpiresAt()).contains(held.holdExpiresAt().orElseThrow());
    }
}
