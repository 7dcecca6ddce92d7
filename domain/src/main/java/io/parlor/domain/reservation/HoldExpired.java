package io.parlor.domain.reservation;

import io.parlor.domain.shared.DomainError;

/** The hold ran out before the reservation was confirmed; the slot may already be someone else's. */
public final class HoldExpired extends DomainError {

    public HoldExpired() {
        super("hold-expired", Kind.GONE, "the hold on this reservation has expired");
    }
}
