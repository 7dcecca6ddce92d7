package io.parlor.application.chat.port.out;

import io.parlor.domain.membership.MemberId;
import java.time.Duration;
import java.util.Collection;
import java.util.Set;

/**
 * Who is connected now, on any instance. A member is online while at least one of its
 * connections was marked online within that mark's time to live and not marked offline since.
 * Nothing here is durable: after a crash, marks simply expire (a Redis adapter keeps one
 * expiring key per connection, or an expiry-scored set per member).
 */
public interface Presence {

    /**
     * Marks one connection of {@code member} online for {@code ttl} from now, replacing an
     * earlier mark of the same connection (a heart-beat renews it this way).
     *
     * @param connection an id unique among the member's connections, e.g. a WebSocket session id
     */
    void markOnline(MemberId member, String connection, Duration ttl);

    /** Forgets one connection of {@code member} at once; unknown connections are ignored. */
    void markOffline(MemberId member, String connection);

    /** Those of {@code members} who are online now, in one lookup for the whole collection. */
    Set<MemberId> onlineAmong(Collection<MemberId> members);
}
