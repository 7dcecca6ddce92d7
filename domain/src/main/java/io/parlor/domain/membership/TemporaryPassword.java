package io.parlor.domain.membership;

import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A mailed password that replaces a forgotten one: good for one login before
 * {@code expiresAt}; after that login it still proves the member until it expires, so that
 * the member can choose a new password with it.
 */
@ValueObject
public record TemporaryPassword(PasswordHash hash, Instant expiresAt, boolean usedForLogin) {

    public TemporaryPassword {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** Whether a login may still use it at {@code now}. */
    public boolean opensLoginAt(Instant now) {
        return !usedForLogin && validAt(now);
    }

    /** Whether it has not expired at {@code now}. */
    public boolean validAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    TemporaryPassword used() {
        return new TemporaryPassword(hash, expiresAt, true);
    }
}
