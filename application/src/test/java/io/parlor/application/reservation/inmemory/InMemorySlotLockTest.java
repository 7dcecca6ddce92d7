package io.parlor.application.reservation.inmemory;

import io.parlor.application.reservation.port.out.SlotLock;
import io.parlor.application.reservation.port.out.SlotLockContract;
import io.parlor.application.shared.inmemory.InMemoryTimeSource;
import java.time.Duration;
import java.time.Instant;

class InMemorySlotLockTest extends SlotLockContract {

    private final InMemoryTimeSource time = new InMemoryTimeSource(Instant.parse("2026-11-21T09:30:00Z"));

    @Override
    protected SlotLock newSubject() {
        return new InMemorySlotLock(time);
    }

    @Override
    protected void letTimePass(Duration duration) {
        time.advance(duration);
    }
}
