package io.parlor.domain.membership;

import java.time.Duration;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * After {@code threshold} consecutive failed logins the account is locked for {@code lockFor}.
 */
@ValueObject
public record LockoutPolicy(int threshold, Duration lockFor) {

    public LockoutPolicy {
        if (threshold < 1) {
            throw new IllegalArgumentException("the lockout threshold is at least 1");
        }
        if (lockFor == null || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("the lockout lasts a positive duration");
        }
    }

    /** Five failures, fifteen minutes. */
    public static LockoutPolicy standard() {
        return new LockoutPolicy(5, Duration.ofMinutes(15));
    }
}
