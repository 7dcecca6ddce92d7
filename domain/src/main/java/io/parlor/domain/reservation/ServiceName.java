package io.parlor.domain.reservation;

import io.parlor.domain.shared.InvalidValue;
import org.jmolecules.ddd.annotation.ValueObject;

/** The display name of a {@link BookableService}: 1 to 100 characters, surrounding blanks removed. */
@ValueObject
public record ServiceName(String value) {

    private static final int MAX_LENGTH = 100;

    /** @throws InvalidValue (field {@code name}) when blank or too long */
    public ServiceName {
        if (value == null || value.isBlank()) {
            throw new InvalidValue("name", "a service name is required");
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
