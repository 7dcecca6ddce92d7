package io.parlor.domain.chat;

import io.parlor.domain.shared.InvalidValue;
import org.jmolecules.ddd.annotation.ValueObject;

/** A group room's name: 1 to 100 characters, surrounding blanks removed, no control characters. */
@ValueObject
public record RoomName(String value) {

    private static final int MAX_LENGTH = 100;

    /** @throws InvalidValue (field {@code name}) when blank, too long or holding control characters */
    public RoomName {
        if (value == null || value.isBlank()) {
            throw new InvalidValue("name", "a room name is not blank");
        }
        value = value.strip();
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new InvalidValue("name", "is longer than " + MAX_LENGTH + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValue("name", "contains control characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
