package io.parlor.application.reservation;

import static io.parlor.application.reservation.ReservationFixture.newMember;
import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.application.reservation.inmemory.InMemorySlotLock;
import io.parlor.application.reservation.port.in.AvailabilityView;
import io.parlor.application.reservation.port.in.HoldSlot;
import io.parlor.application.reservation.port.in.SetBookingRules;
import io.parlor.application.reservation.port.in.SetWorkingHours;
import io.parlor.application.reservation.port.in.ShowAvailability;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.reservation.BookingRules;
import io.parlor.domain.reservation.OutsideWorkingHours;
import io.parlor.domain.reservation.ServiceId;
import io.parlor.domain.reservation.ShopProfile;
import io.parlor.domain.reservation.SlotUnavailable;
import io.parlor.domain.reservation.WorkingHours;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random shops, schedules, rules, reservations and times (seeded, so failures replay): at
 * every check, the starts availability offers on a day are exactly the grid starts of that day
 * that a hold made at that moment accepts. Each probing hold runs in a unit of work that is
 * then rolled back, so probing changes nothing.
 */
class AvailabilityPropertyTest {

    private static final long SEED = 20261121L;
    private static final int ROUNDS = 24;
    private static final int STEPS = 12;

    /** Zones with their clock-change days of 2026 (Lord Howe moves by half an hour). */
    private static final List<Object[]> ZONES = List.of(
            new Object[] {"America/New_York", "2026-03-08", "2026-11-01"},
            new Object[] {"Europe/Berlin", "2026-03-29", "2026-10-25"},
            new Object[] {"Australia/Lord_Howe", "2026-04-05", "2026-10-04"},
            new Object[] {"Asia/Seoul", "2026-05-10", "2026-09-20"});

    private static final class Rollback extends RuntimeException {
        Rollback() {
            super(null, null, false, false);
        }
    }

    private final Random random = new Random(SEED);
    private int offeredInAll;
    private int heldInAll;

    @Test
    void availabilityOffersExactlyTheStartsThatAHoldAccepts() {
        for (int round = 0; round < ROUNDS; round++) {
            var zone = ZONES.get(random.nextInt(ZONES.size()));
            var around = LocalDate.parse((String) zone[1 + random.nextInt(2)]);
            var start = around.minusDays(2).atStartOfDay(ZoneId.of((String) zone[0])).toInstant()
                    .plus(Duration.ofMinutes(random.nextInt(48 * 60)));
            var fixture = new ReservationFixture(ZoneId.of((String) zone[0]), start, ReservationSettings.defaults(),
                    InMemorySlotLock::new);
            int slot = List.of(15, 30, 60).get(random.nextInt(3));
            fixture.directory.register(new ShopProfile(fixture.shop, fixture.zone, slot), fixture.owner);
            fixture.directory.addDesigner(fixture.shop, fixture.designer);
            playRound(fixture, around, slot);
        }

        assertThat(offeredInAll).as("slots offered, so that the property is not vacuous").isGreaterThan(500);
        assertThat(heldInAll).isGreaterThan(ROUNDS * STEPS / 3);
    }

    private void playRound(ReservationFixture fixture, LocalDate around, int slot) {
        fixture.useCases.setBookingRules().set(new SetBookingRules.Command(fixture.owner, fixture.shop,
                new BookingRules(Duration.ofMinutes(random.nextInt(5) * 30), Duration.ofDays(2 + random.nextInt(4)),
                        Duration.ofHours(24))));
        fixture.useCases.setWorkingHours().set(new SetWorkingHours.Command(fixture.owner, fixture.shop,
                fixture.designer, randomWeek(), Set.of(around.plusDays(random.nextInt(6) - 3))));
        var services = new ArrayList<ServiceId>();
        for (int i = 0; i < 3; i++) {
            services.add(fixture.service(List.of(15, 30, 45, 60, 90).get(random.nextInt(5)), "10",
                    List.of(0, 0, 10, 15, 30).get(random.nextInt(5))));
        }
        var customers = List.of(newMember(), newMember(), newMember());
        for (int step = 0; step < STEPS; step++) {
            fixture.time.advance(Duration.ofMinutes(random.nextInt(25)));
            var date = around.plusDays(random.nextInt(3) - 1);
            var viewer = customers.get(random.nextInt(customers.size()));
            var chosen = pick(services);
            var offered = offered(fixture, viewer, chosen, date);
            offeredInAll += offered.size();
            for (Instant candidate : gridStarts(fixture, date, slot)) {
                assertThat(accepts(fixture, viewer, chosen, candidate))
                        .as("start %s (%s) offered=%s", candidate, candidate.atZone(fixture.zone),
                                offered.contains(candidate))
                        .isEqualTo(offered.contains(candidate));
            }
            if (!offered.isEmpty()) {
                var taken = new ArrayList<>(offered).get(random.nextInt(offered.size()));
                fixture.useCases.holdSlot().hold(command(fixture, viewer, chosen, taken));
                heldInAll++;
            }
            assertNoTwoBlockingReservationsOverlap(fixture, date);
        }
    }

    private List<WorkingHours> randomWeek() {
        var ranges = new ArrayList<WorkingHours>();
        for (DayOfWeek day : DayOfWeek.values()) {
            int minute = random.nextInt(8) * 30;
            while (minute < 23 * 60 && random.nextInt(4) > 0) {
                int end = Math.min(minute + 30 + random.nextInt(12) * 30, 23 * 60 + 59);
                ranges.add(new WorkingHours(day, LocalTime.MIN.plusMinutes(minute), LocalTime.MIN.plusMinutes(end)));
                minute = end + 15 + random.nextInt(8) * 15;
            }
        }
        return ranges;
    }

    private List<ServiceId> pick(List<ServiceId> services) {
        var chosen = new ArrayList<>(services);
        Collections.shuffle(chosen, random);
        return chosen.subList(0, 1 + random.nextInt(chosen.size()));
    }

    private static Set<Instant> offered(ReservationFixture fixture, MemberId viewer, List<ServiceId> services,
            LocalDate date) {
        AvailabilityView view = fixture.useCases.showAvailability().show(new ShowAvailability.Query(
                Optional.of(viewer), fixture.shop, fixture.designer, services, date));
        var starts = new HashSet<Instant>();
        view.slots().forEach(s -> assertThat(starts.add(s.startAt())).isTrue());
        return starts;
    }

    /** Every instant of the local date whose local time is on the grid; a repeated time counts twice. */
    private static List<Instant> gridStarts(ReservationFixture fixture, LocalDate date, int slot) {
        var starts = new ArrayList<Instant>();
        var end = date.plusDays(1).atStartOfDay(fixture.zone).toInstant();
        for (var t = date.atStartOfDay(fixture.zone).toInstant(); t.isBefore(end); t = t.plusSeconds(60)) {
            var local = t.atZone(fixture.zone).toLocalTime();
            if ((local.getHour() * 60 + local.getMinute()) % slot == 0) {
                starts.add(t);
            }
        }
        return starts;
    }

    private static boolean accepts(ReservationFixture fixture, MemberId customer, List<ServiceId> services,
            Instant start) {
        try {
            fixture.transactions.runInTransaction(() -> {
                fixture.useCases.holdSlot().hold(command(fixture, customer, services, start));
                throw new Rollback();
            });
        } catch (Rollback held) {
            return true;
        } catch (SlotUnavailable | OutsideWorkingHours refused) {
            return false;
        }
        throw new AssertionError("unreachable");
    }

    private static HoldSlot.Command command(ReservationFixture fixture, MemberId customer, List<ServiceId> services,
            Instant start) {
        return new HoldSlot.Command(customer, fixture.shop, fixture.designer, services, start, Optional.empty(),
                Optional.empty());
    }

    private static void assertNoTwoBlockingReservationsOverlap(ReservationFixture fixture, LocalDate date) {
        var now = fixture.time.now();
        var blocking = fixture.reservations.blockingOverlaps(fixture.designer,
                date.minusDays(3).atStartOfDay(fixture.zone).toInstant(),
                date.plusDays(3).atStartOfDay(fixture.zone).toInstant(), now);
        for (int i = 1; i < blocking.size(); i++) {
            assertThat(blocking.get(i - 1).blocked().overlaps(blocking.get(i).blocked())).isFalse();
        }
    }
}
