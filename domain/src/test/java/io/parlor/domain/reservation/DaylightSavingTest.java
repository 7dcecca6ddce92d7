package io.parlor.domain.reservation;

import static io.parlor.domain.reservation.ReservationFixtures.anyMemberId;
import static io.parlor.domain.reservation.ReservationFixtures.anyShopId;
import static io.parlor.domain.reservation.ReservationFixtures.treatment;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Availability on the days New York and Berlin change their clocks. */
class DaylightSavingTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate SPRING_FORWARD = LocalDate.of(2026, 3, 8);
    private static final LocalDate FALL_BACK = LocalDate.of(2026, 11, 1);
    private static final Instant LONG_BEFORE = Instant.parse("2026-02-01T00:00:00Z");

    private static List<TimeSpan> slots(ZoneId zone, LocalDate date, String from, String to, int minutes) {
        var shop = new ShopProfile(anyShopId(), zone, 30);
        var hours = new WorkingHours(date.getDayOfWeek(), LocalTime.parse(from), LocalTime.parse(to));
        var schedule = DesignerSchedule.of(new ScheduleId(shop.shop(), anyMemberId()), List.of(hours), Set.of());
        var rules = new BookingRules(Duration.ofMinutes(30), Duration.ofDays(365), Duration.ofHours(24));
        return new BookingCalendar(shop, rules, schedule).freeSlots(date, treatment(minutes, 0), List.of(),
                LONG_BEFORE);
    }

    private static List<String> localStarts(List<TimeSpan> slots, ZoneId zone) {
        return slots.stream().map(s -> s.start().atZone(zone).toLocalTime().toString()).toList();
    }

    private static void assertWellFormed(List<TimeSpan> slots, ZoneId zone, LocalDate date, String from, String to,
            int minutes) {
        assertThat(slots).extracting(TimeSpan::start).doesNotHaveDuplicates().isSorted();
        for (TimeSpan slot : slots) {
            assertThat(Duration.between(slot.start(), slot.end())).isEqualTo(Duration.ofMinutes(minutes));
            for (Instant t = slot.start(); t.isBefore(slot.end()); t = t.plusSeconds(60)) {
                var local = t.atZone(zone);
                assertThat(local.toLocalDate()).isEqualTo(date);
                assertThat(local.toLocalTime()).isBetween(LocalTime.parse(from), LocalTime.parse(to).minusMinutes(1));
            }
            assertThat(slot.start().atZone(zone).getMinute() % 30).isZero();
        }
    }

    @Test
    void theSkippedHourIsNeverOfferedAndEverySlotLastsItsRealLength() {
        var slots = slots(NEW_YORK, SPRING_FORWARD, "00:00", "06:00", 60);

        assertThat(localStarts(slots, NEW_YORK)).containsExactly("00:00", "00:30", "01:00", "01:30", "03:00",
                "03:30", "04:00", "04:30", "05:00");
        assertWellFormed(slots, NEW_YORK, SPRING_FORWARD, "00:00", "06:00", 60);
    }

    @Test
    void theRepeatedHourIsOfferedOncePerRealInstantWithoutShifts() {
        var slots = slots(NEW_YORK, FALL_BACK, "00:00", "04:00", 60);

        assertThat(localStarts(slots, NEW_YORK)).containsExactly("00:00", "00:30", "01:00", "01:30", "01:00",
                "01:30", "02:00", "02:30", "03:00");
        assertThat(slots.get(2).start()).isEqualTo(Instant.parse("2026-11-01T05:00:00Z"));
        assertThat(slots.get(4).start()).isEqualTo(Instant.parse("2026-11-01T06:00:00Z"));
        assertWellFormed(slots, NEW_YORK, FALL_BACK, "00:00", "04:00", 60);
    }

    @Test
    void aRangeStartingInsideTheRepeatedHourHasAGapInRealTime() {
        var slots = slots(NEW_YORK, FALL_BACK, "01:30", "03:00", 30);

        assertThat(localStarts(slots, NEW_YORK)).containsExactly("01:30", "01:30", "02:00", "02:30");
        assertWellFormed(slots, NEW_YORK, FALL_BACK, "01:30", "03:00", 30);
    }

    @Test
    void aRangeStartingInTheSkippedHourBeginsWhenTheClockResumes() {
        var slots = slots(NEW_YORK, SPRING_FORWARD, "02:00", "04:00", 30);

        assertThat(localStarts(slots, NEW_YORK)).containsExactly("03:00", "03:30");
    }

    @Test
    void ordinaryOpeningHoursKeepTheirLocalTimesOnBothChangeDays() {
        for (LocalDate date : List.of(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 25))) {
            var slots = slots(BERLIN, date, "09:00", "17:00", 45);

            assertThat(slots).hasSize(15);
            assertThat(localStarts(slots, BERLIN)).startsWith("09:00").endsWith("16:00");
            assertWellFormed(slots, BERLIN, date, "09:00", "17:00", 45);
            assertThat(date.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        }
    }
}
