package io.parlor.application.chat.port.in;

import io.parlor.domain.membership.MemberId;
import java.time.Instant;
import java.util.Optional;

/**
 * A current member of a room, for its member list.
 *
 * @param name        empty if the member is unknown to membership or withdrew
 * @param lastReadSeq 0 while it read nothing
 * @param online      whether one of its connections is live now
 */
public record ParticipantView(MemberId memberId, Optional<String> name, Instant joinedAt, long lastReadSeq,
        boolean online) {
}
