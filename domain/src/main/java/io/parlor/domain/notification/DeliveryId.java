package io.parlor.domain.notification;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** The identity of one {@link Delivery} of a notification over one channel. */
public record DeliveryId(UUID value) implements Identifier {

    public DeliveryId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
