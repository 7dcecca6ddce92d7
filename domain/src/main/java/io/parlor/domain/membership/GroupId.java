package io.parlor.domain.membership;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** The identity of a {@link CustomerGroup}, unique within its shop. */
public record GroupId(UUID value) implements Identifier {

    public GroupId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
