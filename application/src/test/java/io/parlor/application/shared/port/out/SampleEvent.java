package io.parlor.application.shared.port.out;

import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.types.DomainEvent;

/** An event with the kinds of components real events carry: text, numbers, time, ids. */
public record SampleEvent(SampleId subject, String text, long n, Instant at) implements DomainEvent {

    /** A typed id, as every aggregate has. */
    public record SampleId(UUID value) {
    }

    public static SampleEvent numbered(long n) {
        return new SampleEvent(new SampleId(new UUID(7, n)), "event " + n + " é✓", n,
                Instant.parse("2026-11-21T09:30:00.123456Z").plusSeconds(n));
    }
}
