package io.parlor.application.membership.port.in;

import io.parlor.domain.membership.MemberId;
import java.util.function.Consumer;

/**
 * Tells live connections (WebSocket, server-sent events) when a member's access ended, so that
 * they close at once rather than at the member's next request.
 */
public interface WatchAccessRevocations {

    /**
     * Calls {@code listener} with every member that is blocked or withdraws from now on, whichever
     * instance decided it, after the decision committed.
     */
    Watching watch(Consumer<MemberId> listener);

    /** A registration of {@link #watch}. */
    interface Watching extends AutoCloseable {

        /** Stops the calls. Idempotent. */
        @Override
        void close();
    }
}
