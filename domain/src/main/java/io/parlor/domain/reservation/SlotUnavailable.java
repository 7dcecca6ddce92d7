package io.parlor.domain.reservation;

import io.parlor.domain.shared.DomainError;

/** Another reservation (held and unexpired, or confirmed) of the designer overlaps the time asked for. */
public final class SlotUnavailable extends DomainError {

    public SlotUnavailable() {
        super("slot-unavailable", Kind.CONFLICT, "the designer is already booked at that time");
    }
}
