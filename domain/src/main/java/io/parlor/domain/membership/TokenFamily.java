package io.parlor.domain.membership;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** The refresh tokens descending by rotation from one login; reusing any of them revokes them all. */
public record TokenFamily(UUID value) implements Identifier {

    public TokenFamily {
        Objects.requireNonNull(value, "value");
    }
}
