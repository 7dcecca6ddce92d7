package io.parlor.domain.reservation;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** The identity of a {@link Reservation}. */
public record ReservationId(UUID value) implements Identifier {

    public ReservationId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
