package io.parlor.application.reservation;

import static io.parlor.application.reservation.ReservationFixture.DAY;
import static io.parlor.application.reservation.ReservationFixture.newMember;
import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.application.reservation.inmemory.InMemorySlotLock;
import io.parlor.application.reservation.port.in.AvailabilityView;
import io.parlor.application.reservation.port.in.ConfirmReservation;
import io.parlor.application.reservation.port.in.ShowAvailability;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.reservation.ServiceId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AvailabilityTest {

    private final ReservationFixture fixture = new ReservationFixture();
    private final ServiceId cut = fixture.service(60, "30", 0);

    private List<String> localStarts(ReservationFixture on, Optional<MemberId> viewer, LocalDate date,
            ServiceId... services) {
        AvailabilityView view = on.useCases.showAvailability().show(new ShowAvailability.Query(viewer, on.shop,
                on.designer, List.of(services), date));
        return view.slots().stream().map(s -> s.startAt().atZone(on.zone).toLocalTime().toString()).toList();
    }

    @Test
    void offersWorkingHoursWithoutBreaksAsInstantsInTheShopsZone() {
        var view = fixture.useCases.showAvailability().show(new ShowAvailability.Query(Optional.empty(),
                fixture.shop, fixture.designer, List.of(cut), DAY));

        assertThat(view.date()).isEqualTo(DAY);
        assertThat(view.timeZone()).isEqualTo("Asia/Seoul");
        assertThat(view.slots()).first().satisfies(s -> {
            assertThat(s.startAt()).isEqualTo(Instant.parse("2026-11-24T00:00:00Z"));
            assertThat(s.endAt()).isEqualTo(Instant.parse("2026-11-24T01:00:00Z"));
        });
        assertThat(localStarts(fixture, Optional.empty(), DAY, cut)).containsExactly("09:00", "09:30", "10:00",
                "10:30", "11:00", "13:00", "13:30", "14:00", "14:30", "15:00", "15:30", "16:00", "16:30", "17:00");
    }

    @Test
    void confirmedAndLiveHeldReservationsHideSlotsUntilTheHoldRunsOut() {
        var confirmed = fixture.hold(newMember(), fixture.at(DAY, "09:00"), cut);
        fixture.useCases.confirmReservation().confirm(new ConfirmReservation.Command(confirmed.customerId(),
                confirmed.id()));
        fixture.hold(newMember(), fixture.at(DAY, "13:00"), cut);

        var whileHeld = localStarts(fixture, Optional.empty(), DAY, cut);
        fixture.time.advance(Duration.ofMinutes(5));
        var afterExpiry = localStarts(fixture, Optional.empty(), DAY, cut);

        assertThat(whileHeld).doesNotContain("09:00", "09:30", "12:30", "13:00", "13:30").contains("10:00", "14:00");
        assertThat(afterExpiry).contains("13:00", "13:30").doesNotContain("09:00", "09:30");
    }

    @Test
    void theViewersOwnHoldStaysVisibleToTheViewer() {
        var customer = newMember();
        fixture.hold(customer, fixture.at(DAY, "10:00"), cut);

        var mine = localStarts(fixture, Optional.of(customer), DAY, cut);
        var others = localStarts(fixture, Optional.of(newMember()), DAY, cut);

        assertThat(mine).contains("09:30", "10:00", "10:30");
        assertThat(others).doesNotContain("09:30", "10:00", "10:30");
    }

    @Test
    void aDayOffAndADayBeyondTheHorizonHaveNoSlots() {
        fixture.workEveryDay(fixture.designer, Set.of(DAY));

        assertThat(localStarts(fixture, Optional.empty(), DAY, cut)).isEmpty();
        assertThat(localStarts(fixture, Optional.empty(), DAY.plusDays(100), cut)).isEmpty();
    }

    @Test
    void onTheSpringForwardDayInNewYorkNoSlotStartsInTheSkippedHour() {
        var ny = new ReservationFixture(ZoneId.of("America/New_York"), Instant.parse("2026-03-01T12:00:00Z"),
                ReservationSettings.defaults(), InMemorySlotLock::new);
        var service = ny.service(60, "30", 0);
        var sunday = LocalDate.of(2026, 3, 8);

        var starts = localStarts(ny, Optional.empty(), sunday, service);

        assertThat(starts).hasSize(14).noneMatch(s -> s.startsWith("02:"));
        assertThat(ny.hold(newMember(), ny.at(sunday, "09:00"), service).endAt())
                .isEqualTo(Instant.parse("2026-03-08T14:00:00Z"));
    }
}
