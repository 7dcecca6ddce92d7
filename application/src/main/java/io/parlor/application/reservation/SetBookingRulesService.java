package io.parlor.application.reservation;

import io.parlor.application.reservation.port.in.SetBookingRules;
import io.parlor.application.reservation.port.out.BookingPolicies;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.reservation.BookingRules;

final class SetBookingRulesService implements SetBookingRules {

    private final BookingPolicies policies;
    private final TransactionRunner transactions;
    private final ShopAccess access;

    SetBookingRulesService(ReservationPorts ports, Toolkit kit) {
        this.policies = ports.policies();
        this.transactions = ports.transactions();
        this.access = kit.access();
    }

    @Override
    public BookingRules set(Command command) {
        access.profile(command.shop());
        access.requireOwner(command.shop(), command.owner());
        transactions.runInTransaction(() -> policies.put(command.shop(), command.rules()));
        return command.rules();
    }
}
