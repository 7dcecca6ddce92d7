package io.parlor.domain.chat;

import io.parlor.domain.membership.MemberId;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** What makes a draft a retry of a stored message: the same sender's {@code clientMessageId} in the same room. */
@ValueObject
public record RetryKey(RoomId room, MemberId sender, ClientMessageId clientMessageId) {

    public RetryKey {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(clientMessageId, "clientMessageId");
    }
}
