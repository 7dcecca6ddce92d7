package io.parlor.domain.membership;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The consecutive failed logins of a member and the lock they caused. A lock lifts by itself
 * when {@code lockedUntil} passes; the next failure after that starts a new count.
 */
@ValueObject
public record LoginFailures(int count, Optional<Instant> lockedUntil) {

    /** No failure since the last success. */
    public static final LoginFailures NONE = new LoginFailures(0, Optional.empty());

    public LoginFailures {
        if (count < 0) {
            throw new IllegalArgumentException("a failure count is never negative");
        }
        Objects.requireNonNull(lockedUntil, "lockedUntil");
    }

    /** Whether a lock is in force at {@code now}. */
    public boolean lockedAt(Instant now) {
        return lockedUntil.filter(now::isBefore).isPresent();
    }

    /**
     * The state after one more failure at {@code now}: an expired lock is forgotten and the
     * count starts again; a lock in force is kept unchanged (the failure still counts); the
     * failure that reaches the threshold locks until {@code now + lockFor}.
     */
    public LoginFailures afterFailure(Instant now, LockoutPolicy policy) {
        LoginFailures base = lockedUntil.isPresent() && !lockedAt(now) ? NONE : this;
        int next = base.count + 1;
        if (base.lockedAt(now)) {
            return new LoginFailures(next, base.lockedUntil);
        }
        if (next >= policy.threshold()) {
            return new LoginFailures(next, Optional.of(now.plus(policy.lockFor())));
        }
        return new LoginFailures(next, Optional.empty());
    }
}
