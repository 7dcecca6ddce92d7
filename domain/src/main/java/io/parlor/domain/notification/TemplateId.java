package io.parlor.domain.notification;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** The identity of a {@link MessageTemplate}. */
public record TemplateId(UUID value) implements Identifier {

    public TemplateId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
