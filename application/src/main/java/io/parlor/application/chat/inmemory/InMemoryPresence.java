package io.parlor.application.chat.inmemory;

import io.parlor.application.chat.port.out.Presence;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.domain.membership.MemberId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Presence of one process: each connection's mark expires {@code ttl} after it was set, by the
 * given {@link TimeSource}. Expired marks are dropped when their member is next marked.
 */
public final class InMemoryPresence implements Presence {

    private final TimeSource time;
    private final Map<MemberId, Map<String, Instant>> expiries = new ConcurrentHashMap<>();

    public InMemoryPresence(TimeSource time) {
        this.time = time;
    }

    @Override
    public void markOnline(MemberId member, String connection, Duration ttl) {
        Instant now = time.now();
        expiries.compute(member, (m, connections) -> {
            var live = connections == null ? new ConcurrentHashMap<String, Instant>() : connections;
            live.values().removeIf(expiry -> !expiry.isAfter(now));
            live.put(connection, now.plus(ttl));
            return live;
        });
    }

    @Override
    public void markOffline(MemberId member, String connection) {
        expiries.computeIfPresent(member, (m, connections) -> {
            connections.remove(connection);
            return connections.isEmpty() ? null : connections;
        });
    }

    @Override
    public Set<MemberId> onlineAmong(Collection<MemberId> members) {
        Instant now = time.now();
        var online = new HashSet<MemberId>();
        for (MemberId member : members) {
            var connections = expiries.getOrDefault(member, Map.of());
            if (connections.values().stream().anyMatch(expiry -> expiry.isAfter(now))) {
                online.add(member);
            }
        }
        return online;
    }
}
