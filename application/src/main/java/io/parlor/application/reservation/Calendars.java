package io.parlor.application.reservation;

import io.parlor.application.reservation.port.out.BookingPolicies;
import io.parlor.application.reservation.port.out.Schedules;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.BookingCalendar;
import io.parlor.domain.reservation.BookingRules;
import io.parlor.domain.reservation.DesignerSchedule;
import io.parlor.domain.reservation.ScheduleId;
import io.parlor.domain.reservation.ShopProfile;

/** Builds a designer's {@link BookingCalendar} from the stored schedule and the shop's rules. */
final class Calendars {

    private final Schedules schedules;
    private final BookingPolicies policies;
    private final BookingRules defaults;

    Calendars(Schedules schedules, BookingPolicies policies, ReservationSettings settings) {
        this.schedules = schedules;
        this.policies = policies;
        this.defaults = settings.defaultRules();
    }

    /** The shop's rules, or the defaults if it set none. */
    BookingRules rulesOf(ShopId shop) {
        return policies.find(shop).orElse(defaults);
    }

    /** The calendar of {@code designer} in the shop; no hours set means no bookable start. */
    BookingCalendar of(ShopProfile shop, MemberId designer) {
        var id = new ScheduleId(shop.shop(), designer);
        var schedule = schedules.find(id).orElseGet(() -> DesignerSchedule.none(id));
        return new BookingCalendar(shop, rulesOf(shop.shop()), schedule);
    }
}
