package io.parlor.domain.chat;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** The identity of a chat {@link Room}. */
public record RoomId(UUID value) implements Identifier {

    public RoomId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
