package io.parlor.domain.membership;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** The identity of a {@link Shop}. */
public record ShopId(UUID value) implements Identifier {

    public ShopId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
