package io.parlor.domain.membership;

import io.parlor.domain.shared.DomainError;
import java.time.Instant;

/** Too many failed logins locked the account until {@link #lockedUntil()}. */
public final class AccountLocked extends DomainError {

    private final Instant lockedUntil;

    public AccountLocked(Instant lockedUntil) {
        super("account-locked", Kind.LOCKED, "the account is locked after too many failed logins");
        this.lockedUntil = lockedUntil;
    }

    /** When the lock lifts by itself. */
    public Instant lockedUntil() {
        return lockedUntil;
    }
}
