package io.parlor.domain.chat;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** The identity of a {@link Message}; made before the message is stored, so that a retry can name it. */
public record MessageId(UUID value) implements Identifier {

    public MessageId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
