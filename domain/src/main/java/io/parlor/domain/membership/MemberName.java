package io.parlor.domain.membership;

import io.parlor.domain.shared.InvalidValue;
import org.jmolecules.ddd.annotation.ValueObject;

/** How a member is called: 1 to 100 characters, surrounding blanks removed, no control characters. */
@ValueObject
public record MemberName(String value) {

    private static final int MAX_LENGTH = 100;

    /** @throws InvalidValue (field {@code name}) when blank, too long or holding control characters */
    public MemberName {
        if (value == null || value.isBlank()) {
            throw new InvalidValue("name", "a name is required");
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
