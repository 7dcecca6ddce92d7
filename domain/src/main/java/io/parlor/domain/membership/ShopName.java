package io.parlor.domain.membership;

import io.parlor.domain.shared.InvalidValue;
import org.jmolecules.ddd.annotation.ValueObject;

/** A shop's display name: 1 to 100 characters, surrounding blanks removed. */
@ValueObject
public record ShopName(String value) {

    private static final int MAX_LENGTH = 100;

    /** @throws InvalidValue (field {@code name}) when blank or too long */
    public ShopName {
        if (value == null || value.isBlank()) {
            throw new InvalidValue("name", "a shop name is required");
        }
        value = value.strip();
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new InvalidValue("name", "is longer than " + MAX_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
