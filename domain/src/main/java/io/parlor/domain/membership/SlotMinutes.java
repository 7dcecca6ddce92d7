package io.parlor.domain.membership;

import io.parlor.domain.shared.InvalidValue;
import java.util.Set;
import org.jmolecules.ddd.annotation.ValueObject;

/** The grid a shop's bookable start times fall on: 5, 10, 15, 20, 30 or 60 minutes (each divides a day). */
@ValueObject
public record SlotMinutes(int value) {

    private static final Set<Integer> ALLOWED = Set.of(5, 10, 15, 20, 30, 60);

    /** Half an hour. */
    public static final SlotMinutes DEFAULT = new SlotMinutes(30);

    /** @throws InvalidValue (field {@code slotMinutes}) for any other value */
    public SlotMinutes {
        if (!ALLOWED.contains(value)) {
            throw new InvalidValue("slotMinutes", "must be one of 5, 10, 15, 20, 30, 60");
        }
    }
}
