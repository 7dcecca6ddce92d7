package io.parlor.adapters.http.stomp;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.websocket.WebSocketSession;
import io.netty.channel.Channel;
import io.parlor.domain.membership.MemberId;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The live STOMP connections of this instance, and the timers that keep them honest. */
@Singleton
final class StompConnections {

    private final StompContext context;
    private final Map<String, StompConnection> bySession = new ConcurrentHashMap<>();

    StompConnections(StompContext context) {
        this.context = context;
    }

    /** @param channel the socket under the session, to drop a connection that stopped reading */
    void open(WebSocketSession session, Optional<Channel> channel) {
        bySession.put(session.getId(), new StompConnection(session, channel, context));
    }

    Optional<StompConnection> of(WebSocketSession session) {
        return Optional.ofNullable(bySession.get(session.getId()));
    }

    void closed(WebSocketSession session) {
        var connection = bySession.remove(session.getId());
        if (connection != null) {
            connection.closed();
        }
    }

    /** How many connections speak for {@code member} on this instance. */
    long openOf(MemberId member) {
        return bySession.values().stream().filter(c -> c.member().filter(member::equals).isPresent()).count();
    }

    @Scheduled(fixedDelay = "1s")
    void tick() {
        long now = System.nanoTime();
        bySession.values().forEach(connection -> connection.tick(now, context.settings().presenceRefresh()));
    }

    @Scheduled(fixedDelay = "100ms")
    void catchUp() {
        context.feeds().catchUp();
    }
}
