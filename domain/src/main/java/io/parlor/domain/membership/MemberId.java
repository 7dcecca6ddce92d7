package io.parlor.domain.membership;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** The identity of a {@link Member}; the {@code sub} of its access tokens. */
public record MemberId(UUID value) implements Identifier {

    public MemberId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
