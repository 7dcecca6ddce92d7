package io.parlor.domain.chat;

import io.parlor.domain.shared.InvalidValue;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The key a client gives each message it sends, so that a retry of the same send never stores
 * a second message: 1 to 64 printable characters, unique per sender and room.
 */
@ValueObject
public record ClientMessageId(String value) {

    public static final int MAX_LENGTH = 64;

    /** @throws InvalidValue (field {@code clientMessageId}) when blank, too long or holding control characters */
    public ClientMessageId {
        if (value == null || value.isBlank()) {
            throw new InvalidValue("clientMessageId", "a clientMessageId is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValue("clientMessageId", "is longer than " + MAX_LENGTH + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValue("clientMessageId", "contains control characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
