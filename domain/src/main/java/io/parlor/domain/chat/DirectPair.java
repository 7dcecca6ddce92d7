package io.parlor.domain.chat;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.shared.InvalidValue;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The two members of a direct room, in a fixed order whichever of them is named first, so that
 * a store can keep one direct room per pair with a unique {@link #key()}.
 */
@ValueObject
public record DirectPair(MemberId first, MemberId second) {

    /** @throws InvalidValue (field {@code memberIds}) if both are the same member */
    public DirectPair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.equals(second)) {
            throw new InvalidValue("memberIds", "a direct room joins two different members");
        }
        if (first.value().compareTo(second.value()) > 0) {
            MemberId swap = first;
            first = second;
            second = swap;
        }
    }

    /** The pair as one string, the same for {@code (a, b)} and {@code (b, a)}: {@code first:second}. */
    public String key() {
        return first + ":" + second;
    }
}
