package io.parlor.adapters.http.chat.stomp;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import io.netty.channel.Channel;
import java.util.Optional;

/**
 * {@code /ws/chat}: the WebSocket upgrade is open to anyone (browsers cannot send headers on
 * it); the CONNECT frame's bearer token decides who speaks.
 */
@ServerWebSocket(value = "/ws/chat", subprotocols = "v12.stomp,v11.stomp,v10.stomp")
@Secured(SecurityRule.IS_ANONYMOUS)
final class StompEndpoint {

    private final StompConnections connections;

    StompEndpoint(StompConnections connections) {
        this.connections = connections;
    }

    @OnOpen
    void open(WebSocketSession session, HttpRequest<?> upgrade) {
        Optional<Channel> channel = upgrade instanceof NettyHttpRequest<?> netty
                ? Optional.of(netty.getChannelHandlerContext().channel()) : Optional.empty();
        connections.open(session, channel);
    }

    @OnMessage(maxPayloadLength = 1_048_576)
    void message(String text, WebSocketSession session) {
        connections.of(session).receive(text);
    }

    @OnClose
    void close(WebSocketSession session) {
        connections.closed(session);
    }
}
