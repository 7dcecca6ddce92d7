package io.parlor.application.membership.inmemory;

import io.parlor.application.membership.port.out.LoginTickets;
import io.parlor.domain.membership.SecretDigest;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Login tickets in a map guarded by this object's monitor. Like the Redis store it stands in for,
 * it takes no part in units of work. Once the map grows past {@value #SWEEP_ABOVE} entries, a put
 * sweeps the tickets that expired before the latest {@code now} a take was given.
 */
public final class InMemoryLoginTickets implements LoginTickets {

    private record Key(Kind kind, SecretDigest digest) {
    }

    private record Ticket(String value, Instant expiresAt) {
    }

    private static final int SWEEP_ABOVE = 1024;

    private final Map<Key, Ticket> tickets = new HashMap<>();
    private Instant latestNow = Instant.MIN;

    @Override
    public synchronized void put(Kind kind, SecretDigest key, String value, Instant expiresAt) {
        if (tickets.size() > SWEEP_ABOVE) {
            tickets.values().removeIf(ticket -> !latestNow.isBefore(ticket.expiresAt()));
        }
        tickets.put(new Key(kind, key), new Ticket(value, expiresAt));
    }

    @Override
    public synchronized Optional<String> take(Kind kind, SecretDigest key, Instant now) {
        if (now.isAfter(latestNow)) {
            latestNow = now;
        }
        return Optional.ofNullable(tickets.remove(new Key(kind, key)))
                .filter(ticket -> now.isBefore(ticket.expiresAt()))
                .map(Ticket::value);
    }
}
