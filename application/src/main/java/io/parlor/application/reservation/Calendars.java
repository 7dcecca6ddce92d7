package io.parlor.application.reservation;

import io.parlor.application.reservation.port.out.BookingPolicies;
import io.parlor.application.reservation.port.out.Schedules;
import io.parlor.application.shared.KeptReads;
import io.parlor.application.shared.port.out.DomainEventBus;
import io.parlor.application.shared.port.out.Topic;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.BookingCalendar;
import io.parlor.domain.reservation.BookingRules;
import io.parlor.domain.reservation.BookingRulesChanged;
import io.parlor.domain.reservation.DesignerSchedule;
import io.parlor.domain.reservation.ScheduleId;
import io.parlor.domain.reservation.ShopProfile;
import io.parlor.domain.reservation.WorkingHoursChanged;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.jmolecules.event.types.DomainEvent;

/**
 * Builds a designer's {@link BookingCalendar} from the stored schedule and the shop's rules.
 *
 * <p>Every hold and every availability query needs both, and they change seldom, so what was
 * read is kept (see {@link KeptReads}). A change is announced once committed, with
 * {@link #hoursChanged} or {@link #rulesChanged}: this instance drops what it kept at once, and
 * every instance does on the {@link #TOPIC} event. When the bus may have lost events (after an
 * outage), everything kept is dropped; the ttl bounds what a lost event could still cost.
 */
final class Calendars {

    /** Where changes to hours and rules are announced, to every instance. */
    static final Topic TOPIC = new Topic("reservation.calendar");
    private static final int MAX_KEPT = 20_000;

    private final Schedules schedules;
    private final BookingPolicies policies;
    private final DomainEventBus bus;
    private final BookingRules defaults;
    private final KeptReads<ScheduleId, Optional<DesignerSchedule>> keptSchedules;
    private final KeptReads<ShopId, Optional<BookingRules>> keptRules;

    Calendars(Schedules schedules, BookingPolicies policies, DomainEventBus bus, ReservationSettings settings,
            LongSupplier nanoTime) {
        this.schedules = schedules;
        this.policies = policies;
        this.bus = bus;
        this.defaults = settings.defaultRules();
        this.keptSchedules = new KeptReads<>(settings.calendarTtl(), MAX_KEPT, nanoTime);
        this.keptRules = new KeptReads<>(settings.calendarTtl(), MAX_KEPT, nanoTime);
        bus.subscribe(TOPIC, this::drop, this::dropAll);
    }

    /** The shop's rules, or the defaults if it set none. */
    BookingRules rulesOf(ShopId shop) {
        return keptRules.get(shop, policies::find).orElse(defaults);
    }

    /** The calendar of {@code designer} in the shop; no hours set means no bookable start. */
    BookingCalendar of(ShopProfile shop, MemberId designer) {
        var id = new ScheduleId(shop.shop(), designer);
        var schedule = keptSchedules.get(id, schedules::find).orElseGet(() -> DesignerSchedule.none(id));
        return new BookingCalendar(shop, rulesOf(shop.shop()), schedule);
    }

    /** Call once the designer's new hours are committed. */
    void hoursChanged(ShopId shop, MemberId designer) {
        var changed = new WorkingHoursChanged(shop, designer);
        drop(changed);
        bus.publish(TOPIC, changed);
    }

    /** Call once the shop's new rules are committed. */
    void rulesChanged(ShopId shop) {
        var changed = new BookingRulesChanged(shop);
        drop(changed);
        bus.publish(TOPIC, changed);
    }

    private void drop(DomainEvent event) {
        if (event instanceof WorkingHoursChanged hours) {
            keptSchedules.drop(new ScheduleId(hours.shop(), hours.designer()));
        } else if (event instanceof BookingRulesChanged rules) {
            keptRules.drop(rules.shop());
        }
    }

    private void dropAll() {
        keptSchedules.dropAll();
        keptRules.dropAll();
    }
}
