package io.parlor.application.reservation.inmemory;

import io.parlor.application.reservation.port.out.Schedules;
import io.parlor.application.reservation.port.out.SchedulesContract;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;

class InMemorySchedulesTest extends SchedulesContract {

    @Override
    protected Schedules newSubject() {
        return new InMemorySchedules(new InMemoryTransactionRunner());
    }
}
