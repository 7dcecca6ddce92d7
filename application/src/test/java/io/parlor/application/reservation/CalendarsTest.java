package io.parlor.application.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.application.reservation.inmemory.InMemoryBookingPolicies;
import io.parlor.application.reservation.inmemory.InMemorySchedules;
import io.parlor.application.reservation.port.out.BookingPolicies;
import io.parlor.application.reservation.port.out.Schedules;
import io.parlor.application.shared.KeptReads;
import io.parlor.application.shared.LosingEventBus;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.application.shared.inmemory.InProcessDomainEventBus;
import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.BookingRules;
import io.parlor.domain.reservation.DesignerSchedule;
import io.parlor.domain.reservation.ScheduleId;
import io.parlor.domain.reservation.ShopProfile;
import io.parlor.domain.reservation.WorkingHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Two instances over one store and one bus: what each keeps, and how a change reaches both. */
class CalendarsTest {

    private static final BookingRules STRICT = new BookingRules(Duration.ofHours(2), Duration.ofDays(30),
            Duration.ofHours(24));
    private static final Duration TTL = ReservationSettings.defaults().calendarTtl();

    /** Counts what the instances read from the stores. */
    private final AtomicInteger scheduleReads = new AtomicInteger();
    private final AtomicInteger ruleReads = new AtomicInteger();
    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    private final InMemorySchedules storedSchedules = new InMemorySchedules(transactions);
    private final InMemoryBookingPolicies storedRules = new InMemoryBookingPolicies(transactions);
    private final Schedules schedules = new Schedules() {
        @Override
        public void put(DesignerSchedule schedule) {
            storedSchedules.put(schedule);
        }

        @Override
        public Optional<DesignerSchedule> find(ScheduleId id) {
            scheduleReads.incrementAndGet();
            return storedSchedules.find(id);
        }
    };
    private final BookingPolicies policies = new BookingPolicies() {
        @Override
        public void put(ShopId shop, BookingRules rules) {
            storedRules.put(shop, rules);
        }

        @Override
        public Optional<BookingRules> find(ShopId shop) {
            ruleReads.incrementAndGet();
            return storedRules.find(shop);
        }
    };
    private final AtomicLong clock = new AtomicLong();
    private final DomainEventBus bus = new InProcessDomainEventBus();
    private final Calendars first = calendars(bus);
    private final Calendars second = calendars(bus);
    private final ShopProfile shop = new ShopProfile(new ShopId(UUID.randomUUID()), ZoneId.of("Asia/Seoul"), 30);
    private final MemberId designer = new MemberId(UUID.randomUUID());

    @Test
    void whatWasReadIsKeptUntilTheTtlRunsOut() {
        first.rulesOf(shop.shop());
        first.of(shop, designer);
        first.of(shop, designer);
        int rulesBefore = ruleReads.get();
        int schedulesBefore = scheduleReads.get();

        clock.addAndGet(TTL.toNanos() - 1);
        first.of(shop, designer);
        int readsWithinTtl = ruleReads.get() - rulesBefore + scheduleReads.get() - schedulesBefore;
        clock.addAndGet(1);
        first.of(shop, designer);

        assertThat(rulesBefore).isEqualTo(1);
        assertThat(schedulesBefore).isEqualTo(1);
        assertThat(readsWithinTtl).isZero();
        assertThat(ruleReads).hasValue(2);
        assertThat(scheduleReads).hasValue(2);
    }

    @Test
    void newRulesReachEveryInstanceOnceAnnounced() {
        var before = List.of(first.rulesOf(shop.shop()), second.rulesOf(shop.shop()));
        policies.put(shop.shop(), STRICT);
        var unannounced = second.rulesOf(shop.shop());

        first.rulesChanged(shop.shop());

        assertThat(before).containsOnly(BookingRules.DEFAULT);
        assertThat(unannounced).isEqualTo(BookingRules.DEFAULT);
        assertThat(first.rulesOf(shop.shop())).isEqualTo(STRICT);
        assertThat(second.rulesOf(shop.shop())).isEqualTo(STRICT);
        assertThat(first.of(shop, designer).rules()).isEqualTo(STRICT);
    }

    @Test
    void newHoursReachEveryInstanceOnceAnnounced() {
        first.of(shop, designer);
        second.of(shop, designer);
        var other = new MemberId(UUID.randomUUID());
        second.of(shop, other);
        int before = scheduleReads.get();
        schedules.put(DesignerSchedule.of(new ScheduleId(shop.shop(), designer),
                List.of(new WorkingHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(18, 0))), Set.of()));

        first.hoursChanged(shop.shop(), designer);
        first.of(shop, designer);
        second.of(shop, designer);
        second.of(shop, other);

        assertThat(before).isEqualTo(3);
        assertThat(scheduleReads.get() - before).as("each instance reads the changed schedule once, not the other")
                .isEqualTo(2);
    }

    @Test
    void everythingKeptIsDroppedWhenTheBusMayHaveLostEvents() {
        var lossy = new LosingEventBus();
        var calendars = calendars(lossy);
        calendars.rulesOf(shop.shop());
        calendars.of(shop, designer);
        policies.put(shop.shop(), STRICT);

        lossy.reconnect();

        assertThat(calendars.rulesOf(shop.shop())).isEqualTo(STRICT);
        assertThat(scheduleReads).hasValue(1);
        calendars.of(shop, designer);
        assertThat(scheduleReads).hasValue(2);
    }

    @Test
    void aReadUnderWayWhenAChangeIsAnnouncedIsNotKept() {
        var kept = new KeptReads<String, Integer>(TTL, 10, clock::get);
        var reads = new AtomicInteger();

        int during = kept.get("rules", key -> {
            kept.drop("rules"); // the change lands while the old value is being read
            return reads.incrementAndGet();
        });
        int after = kept.get("rules", key -> reads.incrementAndGet());
        int again = kept.get("rules", key -> reads.incrementAndGet());

        assertThat(during).isEqualTo(1);
        assertThat(after).isEqualTo(2);
        assertThat(again).isEqualTo(2);
    }

    private Calendars calendars(DomainEventBus on) {
        return new Calendars(schedules, policies, on, ReservationSettings.defaults(), clock::get);
    }
}
