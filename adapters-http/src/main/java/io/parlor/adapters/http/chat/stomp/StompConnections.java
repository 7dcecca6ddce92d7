package io.parlor.adapters.http.chat.stomp;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.websocket.WebSocketSession;
import io.netty.channel.Channel;
import io.parlor.application.membership.port.in.WatchAccessRevocations;
import io.parlor.domain.membership.MemberId;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live STOMP connections of this instance, and the timers that keep them honest. A member
 * who is blocked or withdraws loses every connection at once, on every instance.
 */
@Singleton
final class StompConnections {

    private final StompContext context;
    private final Map<String, StompConnection> bySession = new ConcurrentHashMap<>();
    private final WatchAccessRevocations.Watching revocations;

    StompConnections(StompContext context, WatchAccessRevocations revocations) {
        this.context = context;
        this.revocations = revocations.watch(this::closeAllOf);
    }

    @PreDestroy
    void stopWatching() {
        revocations.close();
    }

    private void closeAllOf(MemberId member) {
        bySession.values().stream()
                .filter(connection -> connection.member().filter(member::equals).isPresent())
                .forEach(connection -> connection.fail("access revoked", Optional.empty()));
    }

    /**
     * The session opened; {@code channel} is the socket under it, to drop a connection that
     * stopped reading. Its first message may be handed over before this, so either call makes
     * the connection.
     */
    void open(WebSocketSession session, Optional<Channel> channel) {
        channel.ifPresent(of(session)::attach);
    }

    StompConnection of(WebSocketSession session) {
        return bySession.computeIfAbsent(session.getId(), id -> new StompConnection(session, context));
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
}
