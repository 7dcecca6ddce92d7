package io.parlor.application.membership;

import io.parlor.application.membership.port.out.PasswordHasher;
import io.parlor.domain.membership.Password;
import io.parlor.domain.membership.PasswordHash;

/**
 * Hash work for logins that have no member to check against, so that an unknown email takes as
 * long as a wrong password.
 */
final class Passwords {

    private final PasswordHasher hasher;
    private volatile PasswordHash decoy;

    Passwords(PasswordHasher hasher) {
        this.hasher = hasher;
    }

    /** Spends the time a real check of {@code presented} would take. */
    void burn(Password presented) {
        PasswordHash hash = decoy;
        if (hash == null) {
            hash = hasher.hash(new Password("decoy password for timing"));
            decoy = hash;
        }
        hasher.matches(presented, hash);
    }
}
