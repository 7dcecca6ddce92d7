package io.parlor.application.notification.port.in;

import io.parlor.domain.membership.MemberId;
import java.util.Objects;
import java.util.Optional;

/** A member's live event stream on this instance, fed by events raised on any instance. */
public interface FollowNotifications {

    /**
     * Starts a stream for {@code member}: first every notification after {@code lastEventId}
     * (none when it is empty: a new stream starts at the present), oldest first, then the live
     * events as they come, each notification exactly once and in number order (one that arrives
     * before its predecessor waits until the store has it). After a {@code StatusChanged} the
     * listener's {@code ended} is called and nothing more comes.
     *
     * @throws io.parlor.domain.shared.InvalidValue (field {@code lastEventId}) for an id this did not make
     */
    Stream follow(Command command, Listener listener);

    record Command(MemberId member, Optional<String> lastEventId) {

        public Command {
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(lastEventId, "lastEventId");
        }
    }

    /** Called one event at a time, never concurrently. */
    interface Listener {

        void event(StreamEvent event);

        /** The stream ended from this side (the member was blocked or withdrew). */
        void ended();
    }

    /** An open stream. */
    interface Stream extends AutoCloseable {

        /** Fills from the store any notification that the bus kept waiting too long. */
        void catchUp();

        /** Stops the stream. Idempotent. */
        @Override
        void close();
    }
}
