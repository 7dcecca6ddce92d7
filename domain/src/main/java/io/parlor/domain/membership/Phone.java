package io.parlor.domain.membership;

import io.parlor.domain.shared.InvalidValue;
import java.util.regex.Pattern;
import org.jmolecules.ddd.annotation.ValueObject;

/** A phone number as the member typed it: an optional {@code +}, then 6 to 20 digits, spaces, dashes or brackets. */
@ValueObject
public record Phone(String value) {

    private static final Pattern SHAPE = Pattern.compile("\\+?[0-9 ()\\-]{6,24}");

    /** @throws InvalidValue (field {@code phone}) when not shaped like a phone number */
    public Phone {
        if (value == null) {
            throw new InvalidValue("phone", "a phone number is required");
        }
        value = value.strip();
        long digits = value.chars().filter(Character::isDigit).count();
        if (!SHAPE.matcher(value).matches() || digits < 6 || digits > 20) {
            throw new InvalidValue("phone", "is not a phone number");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
