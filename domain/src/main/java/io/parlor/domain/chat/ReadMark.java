package io.parlor.domain.chat;

import io.parlor.domain.shared.InvalidValue;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How far a member has read a room: every message with a {@code seq} up to this one. Marks only
 * move forward, and never past the room's last message.
 */
@ValueObject
public record ReadMark(long seq) {

    /** Nothing read yet. */
    public static final ReadMark NONE = new ReadMark(0);

    /** @throws InvalidValue (field {@code seq}) for a negative seq */
    public ReadMark {
        if (seq < 0) {
            throw new InvalidValue("seq", "is not negative");
        }
    }

    /** This mark, lowered to {@code lastSeq} if it points past the room's last message. */
    public ReadMark within(long lastSeq) {
        return seq <= lastSeq ? this : new ReadMark(lastSeq);
    }
}
