package io.parlor.domain.membership;

import io.parlor.domain.shared.InvalidValue;
import org.jmolecules.ddd.annotation.ValueObject;

/** The shop's private note about a customer; never shown to the customer. */
@ValueObject
public record CustomerMemo(String text) {

    public static final int MAX_LENGTH = 2_000;

    /** @throws InvalidValue (field {@code memo}) above {@value #MAX_LENGTH} characters */
    public CustomerMemo {
        text = text == null ? "" : text.strip();
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new InvalidValue("memo", "a memo is at most " + MAX_LENGTH + " characters");
        }
    }

    public static CustomerMemo empty() {
        return new CustomerMemo("");
    }
}
