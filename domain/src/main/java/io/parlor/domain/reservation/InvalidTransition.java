package io.parlor.domain.reservation;

import io.parlor.domain.shared.DomainError;

/**
 * The reservation cannot make this move: not from its current status, not by this party
 * (a customer completing, say), or not any more (a customer cancelling after the cut-off).
 */
public final class InvalidTransition extends DomainError {

    /** @param detail what was refused, naming no internals */
    public InvalidTransition(String detail) {
        super("invalid-transition", Kind.CONFLICT, detail);
    }
}
