package io.parlor.domain.reservation;

import static io.parlor.domain.reservation.ReservationFixtures.anyMemberId;
import static io.parlor.domain.reservation.ReservationFixtures.anyShopId;
import static io.parlor.domain.reservation.ReservationFixtures.treatment;
import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.domain.reservation.OutsideWorkingHours.Reason;
import io.parlor.domain.shared.InvalidValue;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class BookingCalendarTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final LocalDate MONDAY_DATE = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-20T00:00:00Z");

    private final ShopProfile shop = new ShopProfile(anyShopId(), SEOUL, 30);
    private final DesignerSchedule schedule = DesignerSchedule.of(new ScheduleId(shop.shop(), anyMemberId()),
            List.of(range("09:00", "12:00"), range("13:00", "15:00")), Set.of(MONDAY_DATE.plusWeeks(1)));
    private final BookingCalendar calendar = new BookingCalendar(shop, BookingRules.DEFAULT, schedule);

    private static WorkingHours range(String start, String end) {
        return new WorkingHours(MONDAY, LocalTime.parse(start), LocalTime.parse(end));
    }

    private static Instant at(LocalDate date, String time) {
        return ZonedDateTime.of(date, LocalTime.parse(time), SEOUL).toInstant();
    }

    private List<String> localStarts(List<TimeSpan> slots) {
        return slots.stream().map(s -> s.start().atZone(SEOUL).toLocalTime().toString()).toList();
    }

    @Test
    void offersGridStartsWhereTheServicesFitAroundTheBreak() {
        var slots = calendar.freeSlots(MONDAY_DATE, treatment(60, 0), List.of(), NOW);

        assertThat(localStarts(slots)).containsExactly("09:00", "09:30", "10:00", "10:30", "11:00", "13:00",
                "13:30", "14:00");
        assertThat(slots).allSatisfy(s -> assertThat(Duration.between(s.start(), s.end())).hasMinutes(60));
    }

    @Test
    void leavesOutStartsWhoseBlockedTimeMeetsAnotherReservation() {
        var busy = List.of(new TimeSpan(at(MONDAY_DATE, "10:30"), at(MONDAY_DATE, "11:00")));

        var slots = calendar.freeSlots(MONDAY_DATE, treatment(30, 30), busy, NOW);

        assertThat(localStarts(slots)).containsExactly("09:00", "09:30", "11:00", "11:30", "13:00", "13:30",
                "14:00", "14:30");
    }

    @Test
    void namesWhyAStartIsRefused() {
        var hour = Duration.ofMinutes(60);

        assertThat(calendar.refusal(at(MONDAY_DATE, "09:15"), hour, NOW)).contains(Reason.OFF_GRID);
        assertThat(calendar.refusal(at(MONDAY_DATE, "11:30"), hour, NOW)).contains(Reason.CLOSED);
        assertThat(calendar.refusal(at(MONDAY_DATE, "08:30"), hour, NOW)).contains(Reason.CLOSED);
        assertThat(calendar.refusal(at(MONDAY_DATE.plusWeeks(1), "09:00"), hour, NOW)).contains(Reason.DAY_OFF);
        assertThat(calendar.refusal(at(MONDAY_DATE, "09:00"), hour, at(MONDAY_DATE, "08:45")))
                .contains(Reason.TOO_SOON);
        assertThat(calendar.refusal(at(MONDAY_DATE, "09:00"), hour, at(MONDAY_DATE, "08:30"))).isEmpty();
        assertThat(calendar.refusal(at(MONDAY_DATE.plusWeeks(14), "09:00"), hour, NOW)).contains(Reason.TOO_FAR);
        assertThat(calendar.refusal(at(MONDAY_DATE, "14:00"), hour, NOW)).isEmpty();
    }

    @Test
    void aDayOffHasNoSlots() {
        var slots = calendar.freeSlots(MONDAY_DATE.plusWeeks(1), treatment(30, 0), List.of(), NOW);

        assertThat(slots).isEmpty();
    }

    @Test
    void rangesOfOneDayMustNotOverlap() {
        var id = new ScheduleId(shop.shop(), anyMemberId());

        Assertions.assertThatThrownBy(() -> DesignerSchedule.of(id, List.of(range("09:00", "12:00"),
                range("11:00", "13:00")), Set.of())).isInstanceOf(InvalidValue.class);
        Assertions.assertThatThrownBy(() -> range("12:00", "09:00")).isInstanceOf(InvalidValue.class);
    }
}
