package io.parlor.application.reservation.inmemory;

import io.parlor.application.reservation.port.out.Reservations;
import io.parlor.application.reservation.port.out.ReservationsContract;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.application.shared.port.out.TransactionRunner;

class InMemoryReservationsTest extends ReservationsContract {

    @Override
    protected TransactionRunner newTransactions() {
        return new InMemoryTransactionRunner();
    }

    @Override
    protected Reservations newSubject(TransactionRunner transactions) {
        return new InMemoryReservations((InMemoryTransactionRunner) transactions);
    }
}
