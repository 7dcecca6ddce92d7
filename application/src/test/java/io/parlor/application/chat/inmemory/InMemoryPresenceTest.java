package io.parlor.application.chat.inmemory;

import io.parlor.application.chat.port.out.Presence;
import io.parlor.application.chat.port.out.PresenceContract;
import io.parlor.application.shared.inmemory.InMemoryTimeSource;
import java.time.Duration;
import java.time.Instant;

class InMemoryPresenceTest extends PresenceContract {

    private final InMemoryTimeSource time = new InMemoryTimeSource(Instant.parse("2026-11-21T09:30:00Z"));

    @Override
    protected Presence newSubject() {
        return new InMemoryPresence(time);
    }

    @Override
    protected void elapse(Duration duration) {
        time.advance(duration);
    }
}
