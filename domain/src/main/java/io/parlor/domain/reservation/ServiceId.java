package io.parlor.domain.reservation;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** The identity of a {@link BookableService}. */
public record ServiceId(UUID value) implements Identifier {

    public ServiceId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
