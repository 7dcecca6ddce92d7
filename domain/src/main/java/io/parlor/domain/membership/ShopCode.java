package io.parlor.domain.membership;

import io.parlor.domain.shared.InvalidValue;
import java.util.regex.Pattern;
import org.jmolecules.ddd.annotation.ValueObject;

/** The short, URL-safe code of a shop's login link: 6 to 32 characters of {@code A-Z a-z 0-9 - _}. */
@ValueObject
public record ShopCode(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{6,32}");

    /** @throws InvalidValue (field {@code shopCode}) when not shaped like a shop code */
    public ShopCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidValue("shopCode", "is not a shop code");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
