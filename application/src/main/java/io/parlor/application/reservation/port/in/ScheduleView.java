package io.parlor.application.reservation.port.in;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.WorkingHours;
import java.time.LocalDate;
import java.util.List;

/** A designer's hours in a shop as the API shows them: ranges by day and start, days off ascending. */
public record ScheduleView(ShopId shopId, MemberId designerId, List<WorkingHours> weekly, List<LocalDate> daysOff) {

    public ScheduleView {
        weekly = List.copyOf(weekly);
        daysOff = List.copyOf(daysOff);
    }
}
