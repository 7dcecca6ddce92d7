package io.parlor.application.reservation;

import io.parlor.application.reservation.port.in.SetBookingRules;
import io.parlor.application.reservation.port.out.BookingPolicies;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.reservation.BookingRules;

final class SetBookingRulesService implements SetBookingRules {

    private final BookingPolicies policies;
    private final ShopAccess access;
    private final Calendars calendars;
    private final TransactionRunner transactions;

    SetBookingRulesService(BookingPolicies policies, ShopAccess access, Calendars calendars,
            TransactionRunner transactions) {
        this.policies = policies;
        this.access = access;
        this.calendars = calendars;
        this.transactions = transactions;
    }

    @Override
    public BookingRules set(Command command) {
        access.profile(command.shop());
        access.requireOwner(command.shop(), command.owner());
        transactions.runInTransaction(() -> policies.put(command.shop(), command.rules()));
        calendars.rulesChanged(command.shop());
        return command.rules();
    }
}
