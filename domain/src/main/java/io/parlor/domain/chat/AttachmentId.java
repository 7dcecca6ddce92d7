package io.parlor.domain.chat;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** The identity of a file a member uploaded to show in a message (see {@link AttachmentInfo}). */
public record AttachmentId(UUID value) implements Identifier {

    public AttachmentId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
