package io.parlor.application.chat.port.in;

import io.parlor.domain.chat.RoomId;
import java.util.function.Consumer;
import org.jmolecules.event.types.DomainEvent;

/**
 * Follows the live events of one room, whichever instance caused them: what a real-time
 * adapter (STOMP, SSE) needs to push a room to the members connected to this instance.
 */
public interface FollowRoom {

    /**
     * Starts delivering the events of {@code room} to {@code listener}, one at a time:
     * <ul>
     *   <li>every {@code MessagePosted} with a {@code seq} after the room's last message at the
     *       time of the call, each exactly once and in {@code seq} order — a message the bus
     *       brings early is held back until its predecessor comes or, that one missing for too
     *       long, the follower reads it from the store by itself;</li>
     *   <li>each {@code MemberJoined} and {@code MemberLeft} just before the {@code SYSTEM}
     *       message of its {@code seq}, so that the listener knows of a roster change before its
     *       notice (a leaver's own leave included); the notice waits for it as for a late message;</li>
     *   <li>the other events of the room ({@code MessagesRead}, {@code MemberTyping}) as they
     *       arrive.</li>
     * </ul>
     * It checks nobody's membership: the caller decides who may see the room.
     */
    Following follow(RoomId room, Consumer<DomainEvent> listener);

    /** A room being followed. */
    interface Following extends AutoCloseable {

        /** Stops the delivery. Idempotent. */
        @Override
        void close();
    }
}
