package io.parlor.application.chat.port.in;

import io.parlor.domain.membership.MemberId;
import java.util.Objects;

/**
 * A connection of a member is live: it counts as online for the settings' presence time to live.
 * The adapter calls this on connect and again on every heart-beat to keep it so.
 */
public interface MarkOnline {

    void markOnline(Command command);

    /** @param connection unique among the member's connections, e.g. a WebSocket session id */
    record Command(MemberId member, String connection) {
        public Command {
            Objects.requireNonNull(member, "member");
            if (connection == null || connection.isBlank()) {
                throw new IllegalArgumentException("a connection id is required");
            }
        }
    }
}
