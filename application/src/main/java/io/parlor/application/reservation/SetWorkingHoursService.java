package io.parlor.application.reservation;

import io.parlor.application.reservation.port.in.ScheduleView;
import io.parlor.application.reservation.port.in.SetWorkingHours;
import io.parlor.application.reservation.port.out.Schedules;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.reservation.DesignerSchedule;
import io.parlor.domain.reservation.ScheduleId;

final class SetWorkingHoursService implements SetWorkingHours {

    private final Schedules schedules;
    private final ShopAccess access;
    private final Calendars calendars;
    private final TransactionRunner transactions;

    SetWorkingHoursService(Schedules schedules, ShopAccess access, Calendars calendars,
            TransactionRunner transactions) {
        this.schedules = schedules;
        this.access = access;
        this.calendars = calendars;
        this.transactions = transactions;
    }

    @Override
    public ScheduleView set(Command command) {
        access.profile(command.shop());
        access.requireBookable(command.shop(), command.designer());
        if (!command.actor().equals(command.designer())) {
            access.requireOwner(command.shop(), command.actor());
        }
        var schedule = DesignerSchedule.of(new ScheduleId(command.shop(), command.designer()), command.weekly(),
                command.daysOff());
        transactions.runInTransaction(() -> schedules.put(schedule));
        calendars.hoursChanged(command.shop(), command.designer());
        return Views.of(schedule);
    }
}
