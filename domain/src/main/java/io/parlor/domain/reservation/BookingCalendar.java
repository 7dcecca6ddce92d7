package io.parlor.domain.reservation;

import io.parlor.domain.reservation.OutsideWorkingHours.Reason;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.Service;

/**
 * Decides which starts a designer can be booked at: on the shop's grid, within the notice and
 * horizon, on a working day, with the services fitting one working range, all in the shop's
 * time zone. Availability and holds both ask this one place, so a start that availability
 * offers is one that a hold accepts (other reservations aside, which the store judges).
 */
@Service
public final class BookingCalendar {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final ShopProfile shop;
    private final BookingRules rules;
    private final DesignerSchedule schedule;

    public BookingCalendar(ShopProfile shop, BookingRules rules, DesignerSchedule schedule) {
        this.shop = Objects.requireNonNull(shop, "shop");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    /** The shop's booking rules this calendar applies. */
    public BookingRules rules() {
        return rules;
    }

    /**
     * Why a service of {@code duration} cannot start at {@code start} when asked at {@code now};
     * empty if it can. Reasons are checked in the order of {@link Reason}.
     */
    public Optional<Reason> refusal(Instant start, Duration duration, Instant now) {
        ZoneId zone = shop.zone();
        if (!WallClock.onGrid(start, zone, shop.slotMinutes())) {
            return Optional.of(Reason.OFF_GRID);
        }
        if (start.isBefore(now.plus(rules.minimumNotice()))) {
            return Optional.of(Reason.TOO_SOON);
        }
        if (start.isAfter(now.plus(rules.horizon()))) {
            return Optional.of(Reason.TOO_FAR);
        }
        LocalDate date = start.atZone(zone).toLocalDate();
        if (schedule.isDayOff(date)) {
            return Optional.of(Reason.DAY_OFF);
        }
        var served = TimeSpan.of(start, duration);
        boolean fits = schedule.workingTime(date, zone).stream().anyMatch(w -> w.contains(served));
        return fits ? Optional.empty() : Optional.of(Reason.CLOSED);
    }

    /** @throws OutsideWorkingHours with the {@link #refusal} if there is one */
    public void requireBookable(Instant start, Duration duration, Instant now) {
        refusal(start, duration, now).ifPresent(reason -> {
            throw new OutsideWorkingHours(reason);
        });
    }

    /**
     * The bookable starts of {@code treatment} on the shop's local {@code date}, ascending and
     * distinct, each as the span the customer is served (its real length is the treatment's
     * duration); a start is left out when the time it blocks (buffer included) overlaps any of
     * {@code busy}. On a fall-back day a repeated local time is offered once per real instant.
     */
    public List<TimeSpan> freeSlots(LocalDate date, Treatment treatment, List<TimeSpan> busy, Instant now) {
        var slots = new ArrayList<TimeSpan>();
        Duration duration = treatment.duration();
        // sorted and disjoint, so that one pass finds, for ascending starts, the only span that can overlap
        var taken = TimeSpan.merge(busy);
        for (TimeSpan working : schedule.workingTime(date, shop.zone())) {
            Instant start = working.start();
            int next = 0;
            while (!start.plus(duration).isAfter(working.end())) {
                while (next < taken.size() && !taken.get(next).end().isAfter(start)) {
                    next++; // ends before this start, so before every later one too
                }
                if (WallClock.onGrid(start, shop.zone(), shop.slotMinutes())
                        && refusal(start, duration, now).isEmpty()
                        && (next == taken.size()
                                || !taken.get(next).overlaps(TimeSpan.of(start, treatment.blockedFor())))) {
                    slots.add(TimeSpan.of(start, duration));
                }
                start = start.plus(MINUTE);
            }
        }
        return slots;
    }
}
