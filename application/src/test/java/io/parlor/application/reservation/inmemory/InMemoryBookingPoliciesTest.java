package io.parlor.application.reservation.inmemory;

import io.parlor.application.reservation.port.out.BookingPolicies;
import io.parlor.application.reservation.port.out.BookingPoliciesContract;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;

class InMemoryBookingPoliciesTest extends BookingPoliciesContract {

    @Override
    protected BookingPolicies newSubject() {
        return new InMemoryBookingPolicies(new InMemoryTransactionRunner());
    }
}
