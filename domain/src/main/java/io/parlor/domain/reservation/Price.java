package io.parlor.domain.reservation;

import io.parlor.domain.shared.InvalidValue;
import java.math.BigDecimal;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An amount in the shop's currency, as a decimal number (the wire shows it as a JSON number).
 * A decimal rather than minor units, because the shop's currency, and so the size of its
 * minor unit, is not known here. Normalised so that equal amounts are equal records:
 * {@code 10}, {@code 10.0} and {@code 10.00} are one price, kept as {@code 10}.
 *
 * @param amount at least 0, at most 3 decimals, below one billion
 */
@ValueObject
public record Price(BigDecimal amount) {

    private static final BigDecimal LIMIT = new BigDecimal("1000000000");

    public static final Price ZERO = new Price(BigDecimal.ZERO);

    /** @throws InvalidValue (field {@code price}) when negative, too precise or too large */
    public Price {
        if (amount == null || amount.signum() < 0) {
            throw new InvalidValue("price", "must be zero or more");
        }
        amount = amount.stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
        if (amount.scale() > 3 || amount.compareTo(LIMIT) >= 0) {
            throw new InvalidValue("price", "must have at most 3 decimals and stay below 1000000000");
        }
    }

    /** The sum of this price and {@code other}. */
    public Price plus(Price other) {
        return new Price(amount.add(other.amount));
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
