package io.parlor.domain.reservation;

import io.parlor.domain.shared.InvalidValue;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A client's name for one attempt to create a reservation ({@code Idempotency-Key}); per
 * customer, a retried attempt with the same key returns the reservation the first one made.
 *
 * @param value 1 to 255 visible ASCII characters
 */
@ValueObject
public record IdempotencyKey(String value) {

    /** @throws InvalidValue (field {@code Idempotency-Key}) when empty, too long or not visible ASCII */
    public IdempotencyKey {
        if (value == null || !value.matches("[\\x21-\\x7E]{1,255}")) {
            throw new InvalidValue("Idempotency-Key", "must be 1 to 255 visible ASCII characters");
        }
    }
}
