package io.parlor.domain.chat;

import io.parlor.domain.membership.MemberId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A member's place in a room's roster.
 *
 * @param joinedAt when it last joined (created the room, was invited or rejoined)
 * @param leftAt   when it left, if it is a former member
 */
public record Participant(MemberId member, Instant joinedAt, Optional<Instant> leftAt) {

    public Participant {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(joinedAt, "joinedAt");
        Objects.requireNonNull(leftAt, "leftAt");
    }

    static Participant joining(MemberId member, Instant now) {
        return new Participant(member, now, Optional.empty());
    }

    /** Whether the member is in the room now. */
    public boolean current() {
        return leftAt.isEmpty();
    }

    Participant leaving(Instant now) {
        return new Participant(member, joinedAt, Optional.of(now));
    }
}
